// The namespaces nearly every command uses: System.CommandLine and the messages users read.
global using System.CommandLine;
global using System.Globalization;
global using RaQuan.Building;
global using RaQuan.Localization;
