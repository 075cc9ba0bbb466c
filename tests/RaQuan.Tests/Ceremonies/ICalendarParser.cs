using System.Diagnostics;

namespace RaQuan.Tests.Ceremonies;

/// <summary>Debian's python3-icalendar, a real RFC 5545 parser, run on files RaQuan wrote.</summary>
internal static class ICalendarParser
{
    // pyenv and other Pythons on PATH may lack the module; Debian's own interpreter is where apt puts it.
    private static readonly string Python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public static bool IsAvailable { get; } = Run("import icalendar", []).ExitCode == 0;

    /// <summary>Parses each file strictly and prints one line per event: UID, DTSTART in ISO form, STATUS, SEQUENCE.</summary>
    public static (int ExitCode, string Output) Events(params string[] files) => Run("""
        import sys, icalendar
        for path in sys.argv[1:]:
            data = open(path, 'rb').read()
            for line in data.split(b'\r\n')[:-1]:
                assert len(line) <= 75, (path, line)
                line.decode('utf-8')
            assert data.endswith(b'\r\n') and b'\n' not in data.replace(b'\r\n', b''), path
            cal = icalendar.Calendar.from_ical(data)
            assert str(cal['VERSION']) == '2.0'
            for e in cal.walk('VEVENT'):
                start = e.decoded('DTSTART')
                assert 'DTSTAMP' in e and 'UID' in e
                print(str(e['UID']), start.isoformat(), str(e.get('STATUS')), int(e.get('SEQUENCE', 0)), str(e['SUMMARY']), sep='|')
        """, files);

    private static (int ExitCode, string Output) Run(string script, string[] args)
    {
        var info = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}

/// <summary>A test that needs python3-icalendar: skipped with a message when it is missing, failing on CI instead.</summary>
public sealed class ICalendarParserFactAttribute : FactAttribute
{
    public ICalendarParserFactAttribute()
    {
        if (!ICalendarParser.IsAvailable && !TestEnvironment.IsCi)
        {
            Skip = "python3-icalendar is not installed (apt-get install python3-icalendar); set CI=true to make this a failure";
        }
    }
}
