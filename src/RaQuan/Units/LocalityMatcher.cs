using RaQuan.Documents;

namespace RaQuan.Units;

/// <summary>
/// Finds the unit a document's issuer names ("xã Đắk La"). Spellings vary between documents and lists
/// (Đắk/Đăk, hoà/hòa), so names are compared folded; the level tells a district from a commune of the same name.
/// </summary>
internal sealed class LocalityMatcher(IEnumerable<Unit> units)
{
    private readonly ILookup<string, Unit> _byName = units.ToLookup(u => SearchFold.Fold(u.Name), StringComparer.Ordinal);

    public IReadOnlyList<Unit> Candidates(Locality locality)
    {
        var named = _byName[SearchFold.Fold(locality.Name)].ToList();
        if (!UnitKinds.TryParse(locality.Level, out var kind))
        {
            return named;
        }

        var sameKind = named.Where(u => u.Kind == kind).ToList();
        return sameKind.Count > 0 ? sameKind : named;
    }
}
