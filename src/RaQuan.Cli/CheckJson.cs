using System.Text.Json.Serialization;

namespace RaQuan.Cli;

/// <summary>The JSON report of <c>raquan check</c>, serialised by generated code: a Native AOT build has no reflection-based JSON.</summary>
[JsonSerializable(typeof(CheckJsonReport))]
internal sealed partial class CheckJson : JsonSerializerContext;
