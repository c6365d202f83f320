import HousingEffect

/// The Dutch text of one catalogue parameter, in one entry per id: its label, what it measures,
/// and the rationale, derivation or note of its value in force.
///
/// The catalogue stays English (code and documentation are English); Dutch reports and
/// `params --lang nl` show these texts instead. Kept by parameter id, apart from the catalogue
/// entries, so that a parameter added to the catalogue without its Dutch text fails
/// `DutchParameterTextTests` instead of showing English in a Dutch report.
public struct DutchParameterText: Sendable, Hashable {
  /// The short label (the catalogue's `label`).
  public var label: String
  /// What the parameter measures (the catalogue's `description`).
  public var description: String
  /// The Dutch rationale (assumption), derivation (derived) or note (unverified); `nil` for a
  /// cited value, whose source speaks for itself.
  public var explanation: String?

  /// A Dutch text: the label, the description and, for an assumption, derived or unverified
  /// value, its explanation.
  public init(label: String, _ description: String, _ explanation: String? = nil) {
    self.label = label
    self.description = description
    self.explanation = explanation
  }

  /// The second half of the Dutch rationale of a floor area per job whose range comes from the
  /// pooled spread of the sectors with published sites (the English text is
  /// `ParameterCatalog.pooledRangeRationale(site:)`), naming the sector's one published `site`.
  static func pooledRange(site: String) -> String {
    " De bandbreedte is waar een nieuwe locatie kan uitkomen, niet de onzekerheid van een middenwaarde (issue 20, ronde 8): deze sector heeft te weinig gepubliceerde locaties voor een eigen spreiding, dus de spreiding komt van de sectoren die ze wel hebben (de e-commerce-, contractlogistiek- en XXL-distributiecentra en de hyperscale datacenters van de referentietabel; RangeEvidence in de code). Hun locaties liggen rond het midden van hun eigen sector met een standaardafwijking van ongeveer 0,64 op logschaal (12 vrijheidsgraden), dus 8 op de 10 nieuwe locaties liggen binnen exp(1,356 × 0,64), ongeveer een factor 2,4, aan weerszijden van de middenwaarde. De parameter wordt per helft gelijkmatig op logschaal rond de waarde getrokken, zodat de mediaan op de waarde blijft en P10 en P90 van de trekkingen op die grenzen vallen. Tot ronde 8 liet de bandbreedte een factor twee naar beide kanten toe, driehoekig getrokken: de spreiding van het gemiddelde van een sector, niet van haar locaties. De enige gepubliceerde locatie van deze soort met vloeroppervlak en banen, \(site), is niet gebruikt, dus haar validatiecontrole blijft buiten de steekproef."
  }
}
