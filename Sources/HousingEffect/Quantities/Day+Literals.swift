extension Day {
  /// Creates a day from literal parts known to be valid, for the compiled-in catalogue.
  ///
  /// Stops with a message naming the date when the parts are not a calendar day; catalogue tests
  /// construct every literal, so a typo fails the test run rather than a user's run.
  init(unchecked year: Int, month: Int = 1, day: Int = 1) {
    guard let valid = Day(year: year, month: month, day: day) else {
      preconditionFailure("Invalid catalogue date \(year)-\(month)-\(day)")
    }
    self = valid
  }

  /// 1 January of `year`: the usual effective date of an annual figure.
  static func jan1(_ year: Int) -> Day { Day(unchecked: year) }
}
