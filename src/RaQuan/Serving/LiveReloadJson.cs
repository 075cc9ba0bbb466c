using System.Text.Json.Serialization;

namespace RaQuan.Serving;

/// <summary>The data of live-reload events, serialised by generated code: a Native AOT build has no reflection-based JSON.</summary>
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(string))]
internal sealed partial class LiveReloadJson : JsonSerializerContext;
