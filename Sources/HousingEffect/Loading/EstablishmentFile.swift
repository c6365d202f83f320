/// An establishment written back in the input format (Docs/establishment-format.md), with the
/// values the run defaulted listed under `defaults`, each with the catalogue parameters behind
/// it: what `assess --save` writes, to be completed with the company's answers and run again.
///
/// The fields the input gave are written as they were read. The defaulted ones are not written
/// as fields, because a stated value is a fact to the model: it is fixed in every Monte Carlo
/// draw, and it turns "unknown" scorecard verdicts into judgements. Under `defaults` they keep
/// their status, so the saved file gives the same figures, ranges and verdicts as the run that
/// wrote it. Giving an answer means writing the field at the top level; its entry under
/// `defaults` is then ignored (and may be deleted).
public enum EstablishmentFile {
  /// The text of `defaults.note` in a written file.
  public static let defaultsNote =
    "Values the tool used because this file does not give them, each with the catalogue "
    + "parameters behind it (housing-effect params). They are not inputs: to give the company's "
    + "answer, set the field at the top level of the file (copy the value and change it); the "
    + "entry here is then ignored and may be deleted. See Docs/establishment-format.md, "
    + "'defaults'."

  /// The establishment as an establishment file, with `defaults` from the assessment of it.
  public static func json(_ assessment: Assessment) -> String {
    let establishment = assessment.establishment
    var members = Self.members(establishment)
    let defaults = assessment.defaultedValues()
    if !defaults.isEmpty {
      var entries: [(String, Value)] = [("note", .string(defaultsNote))]
      for entry in defaults {
        entries.append(
          (
            entry.field,
            .object([
              ("value", entry.value.rounded),
              ("parameters", .array(entry.parameters.map { .string($0.rawValue) })),
            ])
          ))
      }
      members.append(("defaults", .object(entries)))
    }
    return Value.object(members).text(indent: "") + "\n"
  }

  /// One value the run defaulted: the field it stands for, the value used, and the parameters
  /// it came from (none for a plain default such as "no employer housing").
  public struct DefaultedValue: Sendable, Hashable {
    /// The field path in the establishment file, such as `size.jobs` or `rampUp`.
    public var field: String
    /// The value the run used, as it is written to the file.
    public var value: Value
    /// The catalogue parameters the value came from; empty for a plain default.
    public var parameters: [ParameterID]
  }

  /// A JSON value to write, objects in a fixed member order.
  public indirect enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([Value])
    case object([Member])

    /// One `"key": value` pair of an object.
    public struct Member: Sendable, Hashable {
      /// The member's key.
      public var key: String
      /// The member's value.
      public var value: Value
    }

    static func object(_ members: [(String, Value)]) -> Value {
      .object(members.map { Member(key: $0.0, value: $0.1) })
    }

    /// The value as pretty-printed JSON, two spaces an indent; short arrays of scalars on one
    /// line.
    func text(indent: String) -> String {
      let inner = indent + "  "
      switch self {
      case .null: return "null"
      case .bool(let flag): return flag ? "true" : "false"
      case .number(let number): return JSONReader.format(number)
      case .string(let string): return Self.quoted(string)
      case .array(let elements):
        if elements.isEmpty { return "[]" }
        if elements.allSatisfy(\.isScalar) {
          return "[" + elements.map { $0.text(indent: inner) }.joined(separator: ", ") + "]"
        }
        return "[\n" + elements.map { inner + $0.text(indent: inner) }.joined(separator: ",\n")
          + "\n" + indent + "]"
      case .object(let members):
        if members.isEmpty { return "{}" }
        return "{\n"
          + members.map { inner + Self.quoted($0.key) + ": " + $0.value.text(indent: inner) }
          .joined(separator: ",\n") + "\n" + indent + "}"
      }
    }

    /// The value with every number rounded to 4 decimals, for reading: a derived share such
    /// as 0.4339999999999999 reads 0.434. Shares rounded so still add up to 1 within the
    /// loader's 0.001.
    var rounded: Value {
      switch self {
      case .number(let number) where number.isFinite && abs(number) < 1e11:
        return .number((number * 10_000).rounded() / 10_000)
      case .array(let elements): return .array(elements.map(\.rounded))
      case .object(let members):
        return .object(members.map { Member(key: $0.key, value: $0.value.rounded) })
      default: return self
      }
    }

    var isScalar: Bool {
      switch self {
      case .array, .object: false
      default: true
      }
    }

    static func quoted(_ string: String) -> String {
      var out = "\""
      for scalar in string.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20:
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
      }
      return out + "\""
    }
  }

  /// The fields the establishment states, in the order of the format's documentation.
  static func members(_ establishment: Establishment) -> [(String, Value)] {
    let texts = establishment.texts
    var members: [(String, Value)] = [
      ("schemaVersion", .number(Double(Establishment.schemaVersion))),
      ("name", text(texts?.name, plain: establishment.name)),
    ]
    if let description = establishment.description {
      members.append(("description", text(texts?.description, plain: description)))
    }
    if !establishment.sources.isEmpty {
      members.append(
        (
          "sources",
          .array(
            establishment.sources.enumerated().map { index, source in
              text(texts?.sources[safe: index] ?? nil, plain: source)
            })
        ))
    }
    if let asOf = establishment.asOf { members.append(("asOf", .string(asOf.description))) }
    members += [
      ("municipality", .string(establishment.municipality)),
      ("type", .string(establishment.type.rawValue)),
      ("size", size(establishment.size)),
      ("startYear", .number(Double(establishment.startYear))),
    ]
    if let rampUp = establishment.rampUp {
      members.append(("rampUp", .array(rampUp.map(Value.number))))
    }
    if let construction = establishment.construction {
      var fields: [(String, Value)] = []
      if let workers = construction.workers { fields.append(("workers", .number(workers))) }
      fields += [
        ("startYear", .number(Double(construction.startYear))),
        ("startMonth", .number(Double(construction.startMonth))),
        ("durationMonths", .number(Double(construction.durationMonths))),
      ]
      if let share = construction.shareFromElsewhere {
        fields.append(("shareFromElsewhere", .number(share)))
      }
      members.append(("construction", .object(fields)))
    }
    if let workforce = establishment.workforce {
      members.append(("workforce", .array(workforce.map(segment))))
    }
    if let peakFactor = establishment.peakFactor {
      members.append(("peakFactor", .number(peakFactor)))
    }
    if let season = establishment.season {
      members.append(("season", .object([("months", .number(season.months))])))
    }
    if let housing = establishment.employerHousing {
      members.append(("employerHousing", employerHousing(housing)))
    }
    if let beds = establishment.freeLegalBeds {
      members.append(("freeLegalBeds", .number(beds)))
    }
    if let training = establishment.languageTraining {
      members.append(("languageTraining", .bool(training)))
    }
    if let norm = establishment.housingNorm {
      members.append(("housingNorm", .string(norm.rawValue)))
    }
    if !establishment.overrides.isEmpty {
      members.append(
        (
          "overrides",
          .object(
            establishment.overrides.map { override in
              var fields: [(String, Value)] = [("value", .number(override.value))]
              if let low = override.low, let high = override.high {
                fields += [("low", .number(low)), ("high", .number(high))]
              }
              if let reason = override.reason {
                fields.append(("reason", text(override.reasonTexts, plain: reason)))
              }
              return (override.id.rawValue, .object(fields))
            })
        ))
    }
    return members
  }

  /// A text as the file gave it: `{"nl": …, "en": …}` when it had two languages.
  static func text(_ localized: LocalizedText?, plain: String) -> Value {
    guard let localized, localized.nl != nil || localized.en != nil else { return .string(plain) }
    var fields: [(String, Value)] = []
    if let nl = localized.nl { fields.append(("nl", .string(nl))) }
    if let en = localized.en { fields.append(("en", .string(en))) }
    return .object(fields)
  }

  static func size(_ size: EstablishmentSize) -> Value {
    switch size {
    case .jobs(let jobs): .object([("jobs", .number(jobs))])
    case .floorArea(let area): .object([("floorAreaM2", .number(area))])
    case .hectares(let area): .object([("hectares", .number(area))])
    }
  }

  static func segment(_ segment: WorkforceSegment) -> Value {
    var fields: [(String, Value)] = []
    if let label = segment.label { fields.append(("label", .string(label))) }
    fields += [
      ("share", .number(segment.share)), ("contract", .string(segment.contract.rawValue)),
      ("skill", .string(segment.skill.rawValue)),
    ]
    if let origin = segment.origin { fields.append(("origin", Self.origin(origin))) }
    return .object(fields)
  }

  static func origin(_ origin: OriginMix) -> Value {
    .object([
      ("localReserve", .number(origin.localReserve)), ("restOfNL", .number(origin.restOfNL)),
      ("euMigrant", .number(origin.euMigrant)), ("nonEuMigrant", .number(origin.nonEuMigrant)),
      ("knowledgeMigrant", .number(origin.knowledgeMigrant)),
      ("crossBorder", .number(origin.crossBorder)),
    ])
  }

  static func employerHousing(_ housing: EmployerHousing) -> Value {
    var fields: [(String, Value)] = [("beds", .number(housing.beds))]
    if let norm = housing.norm { fields.append(("norm", .string(norm.rawValue))) }
    for (key, value) in [
      ("floorAreaM2", housing.floorAreaM2), ("bedrooms", housing.bedrooms),
      ("toilets", housing.toilets), ("showers", housing.showers),
    ] {
      if let value { fields.append((key, .number(value))) }
    }
    return .object(fields)
  }
}

extension Assessment {
  /// Each input this assessment defaulted (``defaulted``) with the value the run used.
  public func defaultedValues(
    catalog: ParameterCatalog = .standard
  ) -> [EstablishmentFile.DefaultedValue] {
    let parameters = establishment.parameterSet(catalog: catalog)
    let workforce = establishment.resolvedWorkforce(region: region, parameters: parameters)
    typealias Value = EstablishmentFile.Value
    // A defaulted workforce is written whole, origins included; so are its parameters.
    let wholeWorkforce = establishment.workforce == nil
    let originParameters = defaulted.filter { $0.field.hasPrefix("workforce[") }
      .flatMap(\.parameters)
    return defaulted.compactMap { input in
      let value: Value
      var ids = input.parameters
      switch input.field {
      case "size.jobs": value = .number(staffing.fullOperationFTE)
      case "rampUp": value = .array(staffing.rampUp.map(Value.number))
      case "workforce":
        value = .array(workforce.map(EstablishmentFile.segment))
        for id in originParameters where !ids.contains(id) { ids.append(id) }
      case "season":
        value = .object([("months", .number(input.parameters.first.map { parameters[$0] } ?? 0))])
      case "peakFactor": value = .number(input.parameters.first.map { parameters[$0] } ?? 1)
      case "construction", "employerHousing", "languageTraining": value = .null
      case "construction.workers":
        value = .number(Staffing.constructionWorkers(establishment, parameters: parameters).0)
      case "construction.shareFromElsewhere":
        value = .number(parameters[.jobsConstructionShareFromElsewhere])
      case "freeLegalBeds": value = .number(0)
      case "housingNorm": value = .string(housing.norm.rawValue)
      default:
        // `workforce[i].origin` of a stated segment.
        guard !wholeWorkforce, input.field.hasPrefix("workforce["),
          input.field.hasSuffix("].origin"),
          let index = Int(input.field.dropFirst("workforce[".count).dropLast("].origin".count)),
          let origin = workforce[safe: index]?.origin
        else { return nil }
        value = EstablishmentFile.origin(origin)
      }
      return EstablishmentFile.DefaultedValue(
        field: input.field, value: value, parameters: ids)
    }
  }
}
