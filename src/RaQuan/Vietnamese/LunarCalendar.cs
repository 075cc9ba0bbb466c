namespace RaQuan.Vietnamese;

/// <summary>
/// Hồ Ngọc Đức's lunar calendar computation ("Thuật toán tính âm lịch"), with Julian day numbers as days.
/// Astronomical formulas are from Jean Meeus, "Astronomical Algorithms" (1998).
/// </summary>
internal static class LunarCalendar
{
    private const int FirstYear = 1800;
    private const int LastYear = 2199;

    // Vietnam's legal time, UTC+7: the day a new moon falls on decides the first day of a month.
    private const double TimeZone = 7.0;

    // DateOnly.DayNumber counts from 0001-01-01, whose Julian day number is 1721426.
    private const int JulianDayOfDayNumberZero = 1721426;

    private const double SynodicMonth = 29.530588853;
    private const double NewMoonEpoch = 2415021.076998695;

    public static void CheckYear(int year, string paramName)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(paramName, year, $"the lunar calendar is computed for years {FirstYear} to {LastYear}");
        }
    }

    public static LunarDate FromDayNumber(int dayNumber)
    {
        var jd = dayNumber + JulianDayOfDayNumberZero;
        var k = (int)Math.Floor((jd - NewMoonEpoch) / SynodicMonth);
        var monthStart = NewMoonDay(k + 1);

        // k comes from the mean lunation; a true new moon can fall late enough that even month k starts tomorrow,
        // which the published algorithm turns into day 0 (at UTC+7 on 2054-05-07 and 2062-04-09).
        while (monthStart > jd)
        {
            monthStart = NewMoonDay(k--);
        }

        var solarYear = DateOnly.FromDayNumber(dayNumber).Year;
        var a11 = Month11(solarYear);
        var b11 = a11;
        int year;
        if (a11 >= monthStart)
        {
            year = solarYear;
            a11 = Month11(solarYear - 1);
        }
        else
        {
            year = solarYear + 1;
            b11 = Month11(solarYear + 1);
        }

        var day = jd - monthStart + 1;
        var diff = (monthStart - a11) / 29;
        var leap = false;
        var month = diff + 11;

        // Thirteen new moons between two winter solstice months: the first month without a major solar term is leap.
        if (b11 - a11 > 365)
        {
            var leapDiff = LeapMonthOffset(a11);
            if (diff >= leapDiff)
            {
                month = diff + 10;
                leap = diff == leapDiff;
            }
        }

        if (month > 12)
        {
            month -= 12;
        }

        if (month >= 11 && diff < 4)
        {
            year -= 1;
        }

        return new LunarDate(day, month, year, leap);
    }

    /// <summary>The day number of <paramref name="date"/>, or null when it names a leap month the year lacks.</summary>
    public static int? ToDayNumber(LunarDate date)
    {
        var (a11, b11) = date.Month < 11
            ? (Month11(date.Year - 1), Month11(date.Year))
            : (Month11(date.Year), Month11(date.Year + 1));
        var k = (int)Math.Floor(0.5 + (a11 - NewMoonEpoch) / SynodicMonth);
        var offset = date.Month - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            var leapMonth = leapOffset - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }

            if (date.IsLeapMonth && date.Month != leapMonth)
            {
                return null;
            }

            if (date.IsLeapMonth || offset >= leapOffset)
            {
                offset += 1;
            }
        }
        else if (date.IsLeapMonth)
        {
            return null;
        }

        return NewMoonDay(k + offset) + date.Day - 1 - JulianDayOfDayNumberZero;
    }

    // The lunar month 11 of a year is the one holding the winter solstice; months are counted from it.
    private static int Month11(int year)
    {
        var offset = new DateOnly(year, 12, 31).DayNumber + JulianDayOfDayNumberZero - 2415021;
        var k = (int)Math.Floor(offset / SynodicMonth);
        var newMoon = NewMoonDay(k);
        return SunLongitudeSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    private static int LeapMonthOffset(int a11)
    {
        var k = (int)Math.Floor((a11 - NewMoonEpoch) / SynodicMonth + 0.5);
        var i = 1;
        var arc = SunLongitudeSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);

        return i - 1;
    }

    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + TimeZone / 24);

    // Which of the twelve 30° sectors of the ecliptic the sun is in at local midnight starting the day.
    private static int SunLongitudeSector(int jd) => (int)Math.Floor(SunLongitude(jd - 0.5 - TimeZone / 24) / Math.PI * 6);

    // Meeus, chapter 49 (moon phases), in the truncated form Hồ Ngọc Đức uses.
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        const double dr = Math.PI / 180;
        var jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
            + 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        var m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        var mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        var f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        var c1 = (0.1734 - 0.000393 * t) * Math.Sin(m * dr) + 0.0021 * Math.Sin(2 * dr * m)
            - 0.4068 * Math.Sin(mpr * dr) + 0.0161 * Math.Sin(dr * 2 * mpr)
            - 0.0004 * Math.Sin(dr * 3 * mpr)
            + 0.0104 * Math.Sin(dr * 2 * f) - 0.0051 * Math.Sin(dr * (m + mpr))
            - 0.0074 * Math.Sin(dr * (m - mpr)) + 0.0004 * Math.Sin(dr * (2 * f + m))
            - 0.0004 * Math.Sin(dr * (2 * f - m)) - 0.0006 * Math.Sin(dr * (2 * f + mpr))
            + 0.0010 * Math.Sin(dr * (2 * f - mpr)) + 0.0005 * Math.Sin(dr * (2 * mpr + m));
        var deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    // Meeus, chapter 25 (solar coordinates, low accuracy), in radians within [0, 2π).
    private static double SunLongitude(double jdn)
    {
        var t = (jdn - 2451545.0) / 36525;
        var t2 = t * t;
        const double dr = Math.PI / 180;
        var m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        var l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(dr * m)
            + (0.019993 - 0.000101 * t) * Math.Sin(dr * 2 * m) + 0.000290 * Math.Sin(dr * 3 * m);
        var l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
    }
}
