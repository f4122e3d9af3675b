namespace MinimalServer.Data;

public sealed class BulkItem
{
    public int Id { get; set; }

    public string BatchKey { get; set; } = "";

    public int Seq { get; set; }

    public string Name { get; set; } = "";

    public int Value { get; set; }
}
