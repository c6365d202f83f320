/// Simplified outlines of the 31 municipalities of Limburg (municipal division of 2024), for
/// drawing a map of the province.
///
/// The outlines come from the CBS Wijk- en buurtkaart 2024 (municipal boundaries from the
/// Kadaster's Basisregistratie Kadaster; attribution "Kadaster / Centraal Bureau voor de
/// Statistiek"), projected to a plane and simplified by `Docs/data/make-limburg-map.py` into
/// `Docs/data/limburg-map.csv`, from which ``outlines`` is generated (see
/// `Docs/region-data.md`, "The map"). Coordinates are SVG user units in a fixed view box of
/// ``width`` × ``height``, north up, with about 0.2 km per unit.
public enum LimburgMap {
  /// One municipality's outline.
  public struct Outline: Sendable, Hashable {
    /// CBS municipality code, `GM0983`.
    public let code: String
    /// The municipality's name as CBS writes it, for the label and the tooltip.
    public let name: String
    /// A point inside the outline's largest part, for a label [user units].
    public let labelX: Double
    /// The vertical coordinate of the label point [user units].
    public let labelY: Double
    /// SVG path data: absolute `M`/`L`/`Z` commands, numbers with at most one decimal and a
    /// point as decimal separator, written by the generator (never formatted at run time).
    public let path: String
  }

  /// The outline of the municipality with CBS code `code` (`GM0983`), if it is in Limburg.
  public static func outline(code: String) -> Outline? {
    outlines.first { $0.code == code }
  }

  /// The outline of the municipality called `name` (case, accents and punctuation ignored).
  public static func outline(name: String) -> Outline? {
    let key = NameKey(name)
    return outlines.first { NameKey($0.name) == key }
  }
}
