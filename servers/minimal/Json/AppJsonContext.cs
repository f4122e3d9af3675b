using System.Text.Json.Serialization;
using MinimalServer.Features.Aggregation;
using MinimalServer.Features.Auth;
using MinimalServer.Features.Basic;
using MinimalServer.Features.Bulk;
using MinimalServer.Features.Cache;
using MinimalServer.Features.NPlusOne;
using MinimalServer.Features.Pagination;
using MinimalServer.Features.MiddlewareChain;
using MinimalServer.Features.Search;
using MinimalServer.Features.Transactions;
using MinimalServer.Features.Upload;
using MinimalServer.Features.Users;
using MinimalServer.Http;

namespace MinimalServer.Json;

/// <summary>
/// Source-generated System.Text.Json metadata and fast-path serializers for every response: snake_case member
/// names, nulls written (never omitted), no reflection at run time (contract §1.2).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Problem))]
[JsonSerializable(typeof(ValidationProblem))]
[JsonSerializable(typeof(MessageResponse))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(EchoResponse))]
[JsonSerializable(typeof(ExternalResponse))]
[JsonSerializable(typeof(ProtectedResponse))]
[JsonSerializable(typeof(UploadResponse))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(List<User>))]
[JsonSerializable(typeof(OffsetPage))]
[JsonSerializable(typeof(CursorPage))]
[JsonSerializable(typeof(List<AuthorWithPosts>))]
[JsonSerializable(typeof(BulkResponse))]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(DecrementResponse))]
[JsonSerializable(typeof(DecrementConflict))]
[JsonSerializable(typeof(CachedUser))]
[JsonSerializable(typeof(CacheUserResponse))]
[JsonSerializable(typeof(WarmupResponse))]
[JsonSerializable(typeof(CacheDeleteResponse))]
[JsonSerializable(typeof(PublicResponse))]
[JsonSerializable(typeof(JwtLoginResponse))]
[JsonSerializable(typeof(SessionLoginResponse))]
[JsonSerializable(typeof(ProtectedResourceResponse))]
[JsonSerializable(typeof(CountResponse))]
[JsonSerializable(typeof(List<CountryStats>))]
[JsonSerializable(typeof(List<AuthorStats>))]
[JsonSerializable(typeof(SearchResponse))]
public sealed partial class AppJsonContext : JsonSerializerContext;
