/// The ids of a family (one per case of a model enum), each made once.
///
/// Families whose ids are spelled from the case's raw value (`workforce.agencyShare.<group>`)
/// are read in every Monte Carlo draw; making the id from interpolated text each time cost an
/// allocation and a hash of the text per read (issue 18). The table makes every id of the
/// family once and finds a case's id by comparing cases, with no text work.
///
/// The cases and the ids sit in two arrays of the same order: a search over pairs copied each
/// pair it passed, a retain of that id's text per case compared, in every draw (issue 18).
struct ParameterIDFamily<Case: Equatable & CaseIterable & Sendable>: Sendable {
  private let cases: [Case]
  private let ids: [ParameterID]

  init(_ make: (Case) -> ParameterID) {
    cases = Array(Case.allCases)
    ids = cases.map(make)
  }

  /// The id of `value`.
  subscript(_ value: Case) -> ParameterID {
    guard let index = cases.firstIndex(of: value) else {
      preconditionFailure("every case of \(Case.self) has an id")
    }
    return ids[index]
  }
}
