namespace MinimalServer.Data;

public sealed class Author
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    public string? Bio { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<Post> Posts { get; set; } = [];
}
