// The namespaces most of the library's files use: .NET's text, culture and JSON, the model every stage passes on,
// and the shared infrastructure (diagnostics, Vietnamese text, the messages users read).
global using System.Collections.Concurrent;
global using System.Globalization;
global using System.Text;
global using System.Text.Json;
global using System.Text.RegularExpressions;
global using RaQuan.Building;
global using RaQuan.Localization;
global using RaQuan.Model;
global using RaQuan.Vietnamese;
