using BenchLab.Infra.Postgres;

namespace BenchLab.Infra.Tests.Connections;

/// <summary>The two forms of a PostgreSQL connection the lab accepts and prints (contract §1.1).</summary>
public sealed class PostgresEndpointTests
{
    [Fact]
    public void A_uri_converts_to_the_npgsql_keyword_form()
    {
        var endpoint = PostgresEndpoint.Parse("postgresql://benchmark:s%40cret@127.0.0.1:5544/benchmark", "--pg");

        Assert.Equal(new PostgresEndpoint("127.0.0.1", 5544, "benchmark", "s@cret", "benchmark"), endpoint);
        Assert.Equal("Host=127.0.0.1;Port=5544;Username=benchmark;Password=s@cret;Database=benchmark", endpoint.ToKeywords());
        Assert.Equal("postgresql://benchmark:s%40cret@127.0.0.1:5544/benchmark", endpoint.ToUri());
    }

    [Fact]
    public void A_keyword_string_converts_to_a_uri()
    {
        var endpoint = PostgresEndpoint.Parse("Host=localhost;Port=6000;Username=postgres;Password=pw;Database=app", "BENCHLAB_PG");

        Assert.Equal("postgresql://postgres:pw@localhost:6000/app", endpoint.ToUri());
        Assert.Equal(endpoint, PostgresEndpoint.Parse(endpoint.ToUri(), "x"));
    }

    [Theory]
    [InlineData("postgres://u:p@h/db", "h", 5432, "db")]
    [InlineData("postgresql://u@h:1", "h", 1, "postgres")]
    [InlineData("postgresql://[::1]:7000/x", "::1", 7000, "x")]
    public void Defaults_fill_what_a_uri_leaves_out(string text, string host, int port, string database)
    {
        var endpoint = PostgresEndpoint.Parse(text, "--pg");
        Assert.Equal((host, port, database), (endpoint.Host, endpoint.Port, endpoint.Database));
    }

    [Theory]
    [InlineData("")]
    [InlineData("postgresql://")]
    [InlineData("mysql://u:p@h:3306/db")]
    [InlineData("Port=5432;Username=postgres")]
    [InlineData("Host=h;Bogus Key=1")]
    [InlineData("not a connection string")]
    public void A_bad_connection_string_is_a_one_line_usage_error_naming_its_origin(string text)
    {
        var error = Assert.Throws<UsageException>(() => PostgresEndpoint.Parse(text, "--pg"));
        Assert.StartsWith("--pg", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("postgresql://", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_messages_never_show_the_password()
    {
        var error = Assert.Throws<UsageException>(() => PostgresEndpoint.Parse("mysql://u:topsecret@h/db", "--pg"));
        Assert.DoesNotContain("topsecret", error.Message, StringComparison.Ordinal);
    }
}
