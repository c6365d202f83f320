/// Whether employer-provided housing meets a housing norm, criterion by criterion.
public struct NormCheck: Sendable, Hashable, Codable {
  /// A criterion of a housing norm, each with its catalogue parameter.
  public enum Criterion: String, Sendable, Hashable, Codable, CaseIterable {
    case floorAreaPerPerson, personsPerBedroom, personsPerToilet, personsPerShower
  }

  /// One criterion checked.
  public struct Result: Sendable, Hashable, Codable {
    /// The criterion.
    public var criterion: Criterion
    /// What the housing offers; `nil` when the file does not say.
    public var actual: Double?
    /// The norm's minimum (floor area) or maximum (persons per …).
    public var required: Double
    /// `nil` when it cannot be judged because `actual` is unknown.
    public var compliant: Bool?
    /// The catalogue parameter the requirement comes from.
    public var parameter: ParameterID
  }

  /// The norm checked against.
  public var norm: HousingNorm
  /// The beds the employer states [beds].
  public var beds: Double
  /// One result per criterion, in ``Criterion`` order.
  public var results: [Result]

  /// The beds that count as supply: the stated beds, at most what each known criterion allows
  /// (floor area ÷ m² per person, bedrooms × persons per bedroom, toilets and showers × persons
  /// per unit). An unknown criterion does not limit; housing that fails the norm counts only
  /// for the persons it can hold at the norm (issue 9, item 5; design note 21).
  public var bedsAtNorm: Double

  /// `true` when every criterion is met, `false` when one fails, `nil` when some are unknown.
  public var compliant: Bool? {
    if results.contains(where: { $0.compliant == false }) { return false }
    return results.allSatisfy { $0.compliant == true } ? true : nil
  }

  /// Checks `housing` against `norm` with the norm's values from `parameters`.
  public init(
    housing: EmployerHousing, norm: HousingNorm, parameters: some ParameterReading
  ) {
    self.norm = norm
    beds = housing.beds
    let beds = housing.beds
    // A ratio that cannot be computed (nothing to divide by, or a quotient beyond `Double`)
    // is unknown rather than infinite.
    func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
      guard denominator > 0 else { return nil }
      let quotient = numerator / denominator
      return quotient.isFinite ? quotient : nil
    }
    func per(_ amount: Double?) -> Double? { amount.flatMap { ratio(beds, $0) } }
    let area = housing.floorAreaM2.flatMap { ratio($0, beds) }
    let minimumArea = parameters[norm.m2PerPersonShortStay]
    let checks: [(Criterion, Double?, ParameterID, Bool)] = [
      (.floorAreaPerPerson, area, norm.m2PerPersonShortStay, true),
      (.personsPerBedroom, per(housing.bedrooms), norm.personsPerBedroom, false),
      (.personsPerToilet, per(housing.toilets), norm.personsPerToilet, false),
      (.personsPerShower, per(housing.showers), norm.personsPerShower, false),
    ]
    // Persons each stated quantity holds at the norm.
    let holds: [Double?] = [
      housing.floorAreaM2.map { minimumArea > 0 ? $0 / minimumArea : .infinity },
      housing.bedrooms.map { $0 * parameters[norm.personsPerBedroom] },
      housing.toilets.map { $0 * parameters[norm.personsPerToilet] },
      housing.showers.map { $0 * parameters[norm.personsPerShower] },
    ]
    bedsAtNorm = holds.compactMap { $0 }.filter { !$0.isNaN }.reduce(beds) { min($0, $1) }
    results = checks.map { criterion, actual, parameter, isMinimum in
      let required = criterion == .floorAreaPerPerson ? minimumArea : parameters[parameter]
      let compliant = actual.map { isMinimum ? $0 >= required - 1e-9 : $0 <= required + 1e-9 }
      return Result(
        criterion: criterion, actual: actual, required: required, compliant: compliant,
        parameter: parameter)
    }
  }
}
