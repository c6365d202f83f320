/// Quality norms for labour-migrant housing; each maps to catalogue parameters.
public enum HousingNorm: String, Sendable, Hashable, Codable, CaseIterable {
  /// SNF norm as it stood before 1 July 2025 (10 m² lodging, 12 m² residential).
  case snf = "snf"
  /// SNF norm for new projects from 1 July 2025 (15 m², one person per bedroom).
  case snf2025 = "snf-2025"
  /// Agrarisch Keurmerk Flexwonen.
  case akf = "akf"
  /// The Aanjaagteam's target: 15 m² including an own bedroom.
  case aanjaagteam = "aanjaagteam"
  /// The Limburg provincial lower bound (action plan §3.3): one person per bedroom and at least
  /// 15 m² living area per person, on top of SNF/AKF; sanitary ratios as SNF.
  case limburg = "limburg"

  /// The norm housing demand is expressed in outside Limburg when the establishment names none.
  public static let demandDefault: HousingNorm = .snf2025

  /// The norm housing demand is expressed in when the establishment names none: the
  /// provincial lower bound in Limburg, SNF 2025 elsewhere (design note 22).
  public static func demandDefault(in province: HostRegion.PolicyRegion) -> HousingNorm {
    province == .other ? .snf2025 : .limburg
  }

  /// Floor area per person for short-stay housing.
  var m2PerPersonShortStay: ParameterID {
    .housingNormM2PerPersonShortStay(self)
  }

  /// Floor area per person for mid-stay housing.
  var m2PerPersonMidStay: ParameterID {
    .housingNormM2PerPersonMidStay(self)
  }

  var personsPerBedroom: ParameterID {
    .housingNormPersonsPerBedroom(self)
  }

  /// Sanitary ratios: only SNF publishes them; the other norms are read against the same.
  var personsPerToilet: ParameterID { .housingNormSnfPersonsPerToilet }
  var personsPerShower: ParameterID { .housingNormSnfPersonsPerShower }

  /// A short Dutch name for labels, such as "SNF 2025"; reports use their own words per language.
  public var displayName: String {
    switch self {
    case .snf: "SNF (vóór juli 2025)"
    case .snf2025: "SNF 2025"
    case .akf: "AKF"
    case .aanjaagteam: "Aanjaagteam (15 m², eigen slaapkamer)"
    case .limburg: "Limburg (1 per slaapkamer, 15 m²)"
    }
  }
}
