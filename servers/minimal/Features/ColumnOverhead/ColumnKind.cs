namespace MinimalServer.Features.ColumnOverhead;

/// <summary>How a column's value becomes JSON (contract §1.2).</summary>
public enum ColumnKind
{
    Number,
    Text,
    Timestamp,
    Date,
    Jsonb,
    Uuid,
}
