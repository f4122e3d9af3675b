using MinimalServer.Configuration;

namespace MinimalServer.Tests;

/// <summary>The start-up conversion of the contract's URIs into Npgsql's and StackExchange.Redis's forms (contract §1.1).</summary>
public sealed class ConnectionStringsTests
{
    [Fact]
    public void A_database_url_becomes_npgsql_keywords()
    {
        var builder = ConnectionStrings.FromPostgresUri("postgresql://bench%20user:p%40ss%3Aword@127.0.0.1:6543/benchmark");

        Assert.Equal(("127.0.0.1", 6543, "bench user", "p@ss:word", "benchmark"), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
    }

    [Fact]
    public void The_postgres_scheme_and_a_missing_port_are_accepted()
    {
        var builder = ConnectionStrings.FromPostgresUri("postgres://u:p@db.local/app");
        Assert.Equal(("db.local", 5432, "app"), (builder.Host, builder.Port, builder.Database));
    }

    [Theory]
    [InlineData("redis://127.0.0.1:6400/0", "127.0.0.1:6400,defaultDatabase=0")]
    [InlineData("redis://cache/3", "cache:6379,defaultDatabase=3")]
    [InlineData("redis://:s3cret@127.0.0.1:7000/1", "127.0.0.1:7000,defaultDatabase=1,password=s3cret")]
    public void A_redis_url_becomes_the_stack_exchange_form(string uri, string expected) =>
        Assert.Equal(expected, ConnectionStrings.FromRedisUri(uri));

    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432")]
    [InlineData("mysql://u:p@h/db")]
    [InlineData("postgresql://")]
    public void Anything_but_a_postgresql_uri_is_refused(string text) =>
        Assert.Throws<FormatException>(() => ConnectionStrings.FromPostgresUri(text));

    [Fact]
    public void Anything_but_a_redis_uri_is_refused() =>
        Assert.Throws<FormatException>(() => ConnectionStrings.FromRedisUri("127.0.0.1:6379"));
}
