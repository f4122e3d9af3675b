namespace MinimalServer.Data;

/// <summary>The columns of users_wide that scenario 18's ORM aggregations read.</summary>
public sealed class UserWide
{
    public int Id { get; set; }

    public string Status { get; set; } = "";

    public string? Country { get; set; }

    public int LoginCount { get; set; }
}
