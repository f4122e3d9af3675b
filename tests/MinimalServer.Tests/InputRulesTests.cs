using Microsoft.AspNetCore.Http;
using MinimalServer.Features.MiddlewareChain;
using MinimalServer.Features.Search;
using MinimalServer.Http;

namespace MinimalServer.Tests;

/// <summary>The small input rules of contract §1.2 and §3, one by one.</summary>
public sealed class InputRulesTests
{
    [Theory]
    [InlineData("limit=5", 5)]
    [InlineData("", 1000)]
    [InlineData("other=x", 1000)]
    [InlineData("limit=0001", 1)]
    public void Plain_digits_in_range_or_an_absent_parameter_are_accepted(string query, int expected)
    {
        var reader = new QueryReader(Request(query));
        Assert.Equal(expected, reader.SmallNumber("limit", 1000, 1, 1000));
        Assert.False(reader.HasErrors(out _));
    }

    [Theory]
    [InlineData("limit=+5")]
    [InlineData("limit=-5")]
    [InlineData("limit=%205")]
    [InlineData("limit=5.0")]
    [InlineData("limit=")]
    [InlineData("limit=0")]
    [InlineData("limit=1001")]
    [InlineData("limit=99999999999999999999")]
    [InlineData("limit=1&limit=2")]
    [InlineData("limit=0x10")]
    public void Signs_blanks_fractions_overflow_empty_or_out_of_range_values_are_invalid(string query)
    {
        var reader = new QueryReader(Request(query));
        reader.SmallNumber("limit", 1000, 1, 1000);
        Assert.True(reader.HasErrors(out var problem));
        Assert.Equal(422, ((IStatusCodeHttpResult)problem).StatusCode);
    }

    [Theory]
    [InlineData("""{"lang": "ko", "theme": "dark"}""", """{"lang":"ko","theme":"dark"}""")]
    [InlineData("""{"a": "x y", "b": ["c, d", 1, 2]}""", """{"a":"x y","b":["c, d",1,2]}""")]
    [InlineData("""{"q": "say \"hi, you\"", "n": null}""", """{"q":"say \"hi, you\"","n":null}""")]
    [InlineData("""{"k":1}""", """{"k":1}""")]
    public void Jsonb_text_is_compacted_outside_strings_only(string pgText, string compact) =>
        Assert.Equal(compact, JsonbText.Compact(pgText));

    [Theory]
    [InlineData("req-1-2", true)]
    [InlineData("mixed-test", true)]
    [InlineData("", false)]
    [InlineData("has space", false)]
    [InlineData("tab\t", false)]
    [InlineData("é", false)]
    public void Request_ids_are_kept_only_when_visible_ascii(string id, bool kept) =>
        Assert.Equal(kept, RequestIdFilter.IsValid(id));

    [Fact]
    public void Request_ids_longer_than_128_characters_are_replaced()
    {
        Assert.True(RequestIdFilter.IsValid(new string('a', 128)));
        Assert.False(RequestIdFilter.IsValid(new string('a', 129)));
    }

    [Theory]
    [InlineData("kedimo", "kedimo")]
    [InlineData("100%", "100\\%")]
    [InlineData("a_b", "a\\_b")]
    [InlineData("back\\slash", "back\\\\slash")]
    public void Like_wildcards_are_escaped(string text, string escaped) => Assert.Equal(escaped, SearchEndpoints.EscapeLike(text));

    private static HttpRequest Request(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?" + query);
        return context.Request;
    }
}
