using Microsoft.EntityFrameworkCore;

namespace MinimalServer.Data;

/// <summary>
/// EF Core over the lab's tables, for the endpoints whose contract names an ORM strategy (N+1 lazy / eager /
/// subquery, bulk individual / batch, aggregation ORM). Maps names explicitly; never creates schema.
/// </summary>
public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<BulkItem> BulkItems => Set<BulkItem>();

    public DbSet<UserWide> UsersWide => Set<UserWide>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Author>(author =>
        {
            author.ToTable("authors");
            author.Property(a => a.Id).HasColumnName("id");
            author.Property(a => a.Name).HasColumnName("name");
            author.Property(a => a.Email).HasColumnName("email");
            author.Property(a => a.Bio).HasColumnName("bio");
            author.Property(a => a.CreatedAt).HasColumnName("created_at");
            author.HasMany(a => a.Posts).WithOne().HasForeignKey(p => p.AuthorId);
        });
        modelBuilder.Entity<Post>(post =>
        {
            post.ToTable("posts");
            post.Property(p => p.Id).HasColumnName("id");
            post.Property(p => p.AuthorId).HasColumnName("author_id");
            post.Property(p => p.Title).HasColumnName("title");
            post.Property(p => p.Content).HasColumnName("content");
            post.Property(p => p.ViewCount).HasColumnName("view_count");
            post.Property(p => p.CreatedAt).HasColumnName("created_at");
        });
        modelBuilder.Entity<BulkItem>(item =>
        {
            item.ToTable("bulk_items");
            item.Property(b => b.Id).HasColumnName("id");
            item.Property(b => b.BatchKey).HasColumnName("batch_key");
            item.Property(b => b.Seq).HasColumnName("seq");
            item.Property(b => b.Name).HasColumnName("name");
            item.Property(b => b.Value).HasColumnName("value");
            // created_at is left to the column default; EF neither reads nor writes it.
        });
        modelBuilder.Entity<UserWide>(user =>
        {
            user.ToTable("users_wide");
            user.Property(u => u.Id).HasColumnName("id");
            user.Property(u => u.Status).HasColumnName("status");
            user.Property(u => u.Country).HasColumnName("country");
            user.Property(u => u.LoginCount).HasColumnName("login_count");
        });
    }
}
