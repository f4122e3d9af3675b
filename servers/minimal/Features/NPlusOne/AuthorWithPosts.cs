using MinimalServer.Data;

namespace MinimalServer.Features.NPlusOne;

public sealed record PostView(int Id, string Title, string? Content, int ViewCount, DateTime CreatedAt);

/// <summary>The response row of scenario 11: an author with all posts, posts in id order.</summary>
public sealed record AuthorWithPosts(int Id, string Name, string Email, string? Bio, DateTime CreatedAt, List<PostView> Posts)
{
    public static AuthorWithPosts From(Author author, IEnumerable<Post> posts)
    {
        ArgumentNullException.ThrowIfNull(author);
        return new(author.Id, author.Name, author.Email, author.Bio, author.CreatedAt,
            [.. posts.OrderBy(p => p.Id).Select(p => new PostView(p.Id, p.Title, p.Content, p.ViewCount, p.CreatedAt))]);
    }
}
