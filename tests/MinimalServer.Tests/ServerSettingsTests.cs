using MinimalServer.Configuration;

namespace MinimalServer.Tests;

/// <summary>The environment the server reads, with the contract's defaults (contract §1.1).</summary>
public sealed class ServerSettingsTests
{
    private static readonly Dictionary<string, string> Required = new()
    {
        ["DATABASE_URL"] = "postgresql://benchmark:benchmark@127.0.0.1:5432/benchmark",
        ["REDIS_URL"] = "redis://127.0.0.1:6379/0",
    };

    [Fact]
    public void Defaults_follow_the_contract()
    {
        var settings = ServerSettings.FromEnvironment(Read(Required));

        Assert.Equal(8000, settings.Port);
        Assert.Equal(20, settings.DbPoolMax);
        Assert.Equal("minimal", settings.ServerName);
        Assert.Equal(ServerSettings.DefaultJwtSecret, System.Text.Encoding.UTF8.GetString(settings.JwtSecret));
        Assert.Equal(ExternalMode.Simulated, settings.ExternalMode);
        Assert.True(settings.DbMultiplexing);
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("off", false)]
    [InlineData("1", true)]
    [InlineData("ON", true)]
    public void Multiplexing_is_a_switch(string value, bool expected)
    {
        var environment = new Dictionary<string, string>(Required) { ["DB_MULTIPLEXING"] = value };

        Assert.Equal(expected, ServerSettings.FromEnvironment(Read(environment)).DbMultiplexing);
    }

    [Theory]
    [InlineData("PORT", "eighty")]
    [InlineData("PORT", "70000")]
    [InlineData("DB_POOL_MAX", "0")]
    [InlineData("DB_POOL_MAX", "+5")]
    [InlineData("JWT_SECRET", "too-short-for-hs256")]
    [InlineData("EXTERNAL_MODE", "carrier-pigeon")]
    [InlineData("DB_MULTIPLEXING", "sometimes")]
    [InlineData("EXTERNAL_MODE", "http")]
    public void A_bad_value_is_refused_with_a_message_naming_the_variable(string variable, string value)
    {
        var environment = new Dictionary<string, string>(Required) { [variable] = value };

        var error = Assert.Throws<FormatException>(() => ServerSettings.FromEnvironment(Read(environment)));

        Assert.Contains(variable == "EXTERNAL_MODE" && value == "http" ? "EXTERNAL_URL" : variable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_connections_are_refused()
    {
        Assert.Throws<FormatException>(() => ServerSettings.FromEnvironment(_ => null));
    }

    private static Func<string, string?> Read(Dictionary<string, string> environment) => name => environment.GetValueOrDefault(name);
}
