/// The ids of a family (one per case of a model enum), each made once.
///
/// Families whose ids are spelled from the case's raw value (`workforce.agencyShare.<group>`)
/// are read in every Monte Carlo draw; making the id from interpolated text each time cost an
/// allocation and a hash of the text per read (issue 18). The table makes every id of the
/// family once and finds a case's id by comparing cases, with no text work.
struct ParameterIDFamily<Case: Equatable & CaseIterable & Sendable>: Sendable {
  private let entries: [(Case, ParameterID)]

  init(_ make: (Case) -> ParameterID) {
    entries = Case.allCases.map { ($0, make($0)) }
  }

  /// The id of `value`.
  subscript(_ value: Case) -> ParameterID {
    for (candidate, id) in entries where candidate == value { return id }
    preconditionFailure("every case of \(Case.self) has an id")
  }
}
