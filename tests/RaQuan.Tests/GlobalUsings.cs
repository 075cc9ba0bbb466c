// The namespaces most test files use: xUnit, the test support (TestSite, SampleFiles, Snapshot, the CLI runner),
// .NET's text, culture, JSON and regular expressions, and the library's Vietnamese text functions.
global using System.Globalization;
global using System.Text;
global using System.Text.Json;
global using System.Text.RegularExpressions;
global using RaQuan.Tests.Support;
global using RaQuan.Vietnamese;
global using Xunit;
