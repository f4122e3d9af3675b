namespace MinimalServer.Data;

public sealed class Post
{
    public int Id { get; set; }

    public int AuthorId { get; set; }

    public string Title { get; set; } = "";

    public string? Content { get; set; }

    public int ViewCount { get; set; }

    public DateTime CreatedAt { get; set; }
}
