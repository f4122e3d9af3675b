using BenchLab.Infra.Redis;

namespace BenchLab.Infra.Tests.Connections;

/// <summary>REDIS_URL and host:port in, StackExchange.Redis's own form out (contract §1.1).</summary>
public sealed class RedisEndpointTests
{
    [Theory]
    [InlineData("redis://127.0.0.1:6400/0", "127.0.0.1", 6400, 0)]
    [InlineData("redis://cache:6379/3", "cache", 6379, 3)]
    [InlineData("redis://localhost", "localhost", 6379, 0)]
    [InlineData("127.0.0.1:7001", "127.0.0.1", 7001, 0)]
    public void Uris_and_host_port_pairs_parse(string text, string host, int port, int database)
    {
        Assert.Equal(new RedisEndpoint(host, port, database), RedisEndpoint.Parse(text, "--redis"));
    }

    [Fact]
    public void The_stack_exchange_form_names_the_database()
    {
        var endpoint = RedisEndpoint.Parse("redis://127.0.0.1:6400/2", "--redis");
        Assert.Equal("127.0.0.1:6400,defaultDatabase=2,abortConnect=false", endpoint.ToStackExchange());
        Assert.Equal("redis://127.0.0.1:6400/2", endpoint.ToUri());
    }

    [Theory]
    [InlineData("")]
    [InlineData("redis://h:6379/99")]
    [InlineData("http://h:6379")]
    [InlineData("h:port")]
    [InlineData("h:70000")]
    [InlineData("just-a-host")]
    public void A_bad_address_is_a_one_line_usage_error(string text)
    {
        var error = Assert.Throws<UsageException>(() => RedisEndpoint.Parse(text, "--redis"));
        Assert.StartsWith("--redis", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
