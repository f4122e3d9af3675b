using System.Globalization;
using System.Text.Json;
using MinimalServer.Http;
using MinimalServer.Json;
using Npgsql;

namespace MinimalServer.Features.ColumnOverhead;

/// <summary>
/// 10: <c>GET /column-overhead/{variant}?limit=</c> (1..1000, default 100) — all columns of a table in table order,
/// one statement, streamed from the data reader into the response as a JSON array of row objects.
/// </summary>
public static class ColumnOverheadEndpoints
{
    public static void MapColumnOverhead(this IEndpointRouteBuilder app)
    {
        foreach (var set in ColumnSet.All)
        {
            app.MapGet($"/column-overhead/{set.Route}", (HttpContext context, NpgsqlDataSource database) => WriteRowsAsync(context, database, set));
        }
    }

    private static async Task<IResult> WriteRowsAsync(HttpContext context, NpgsqlDataSource database, ColumnSet set)
    {
        var query = new QueryReader(context.Request);
        var limit = query.SmallNumber("limit", 100, 1, 1000);
        if (query.HasErrors(out var problem))
        {
            return problem;
        }
        await using var command = database.CreateCommand(set.Sql);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);

        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter, AppJson.WriterOptions);
        json.WriteStartArray();
        while (await reader.ReadAsync(context.RequestAborted))
        {
            json.WriteStartObject();
            for (var i = 0; i < set.Columns.Count; i++)
            {
                json.WritePropertyName(set.Columns[i].Name);
                WriteValue(json, reader, i, set.Columns[i].Kind);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        await json.FlushAsync(context.RequestAborted);
        return Results.Empty;
    }

    private static void WriteValue(Utf8JsonWriter json, NpgsqlDataReader reader, int ordinal, ColumnKind kind)
    {
        if (reader.IsDBNull(ordinal))
        {
            json.WriteNullValue();
            return;
        }
        switch (kind)
        {
            case ColumnKind.Number:
                json.WriteNumberValue(reader.GetInt32(ordinal));
                break;
            case ColumnKind.Text:
                json.WriteStringValue(reader.GetString(ordinal));
                break;
            case ColumnKind.Timestamp:
                json.WriteStringValue(reader.GetDateTime(ordinal));
                break;
            case ColumnKind.Date:
                json.WriteStringValue(reader.GetFieldValue<DateOnly>(ordinal).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case ColumnKind.Jsonb:
                json.WriteRawValue(JsonbText.Compact(reader.GetString(ordinal)), skipInputValidation: true);
                break;
            case ColumnKind.Uuid:
                json.WriteStringValue(reader.GetGuid(ordinal));
                break;
            default:
                throw new InvalidOperationException($"no JSON form for {kind}");
        }
    }
}
