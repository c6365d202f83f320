/// What a sector name typed by a user stands for: one type, a choice between several (a Dutch
/// or English word for a whole sector, such as `distributiecentrum` or `logistics`), or nothing.
///
/// The names are those of ``EstablishmentType/aliases``; ``EstablishmentType/lookUp(_:)``
/// resolves them.
public enum EstablishmentTypeName: Sendable, Hashable {
  /// The name is a type's id or an alias of exactly one type.
  case type(EstablishmentType)
  /// The name is a word for several types; the user must choose.
  case choice([EstablishmentType])
  /// The name is unknown; `suggestion` is the nearest id or alias, if one is close enough.
  case unknown(suggestion: [EstablishmentType])
}

extension EstablishmentType {
  /// Dutch and English words for sectors, lowercased, with the types they may mean.
  ///
  /// A word for one type (`tomatenkas`, `vleesverwerker`) selects it; a word for a whole sector
  /// (`distributiecentrum`, `logistics`, `glastuinbouw`) asks the user to choose between its
  /// types. Each type's Dutch and English report names are aliases too.
  public static let aliases: [String: [EstablishmentType]] = {
    let logistics: [EstablishmentType] = [
      .distributionEcommerce, .distributionContract, .distributionXXL, .distributionHomeDelivery,
    ]
    var table: [String: [EstablishmentType]] = [
      // Logistics: a word for the sector, not for one kind of distribution centre.
      "distributiecentrum": logistics,
      "distributie": logistics,
      "logistiek": logistics,
      "logistics": logistics,
      "distribution": logistics,
      "warehouse": logistics,
      "dc": logistics,
      "e-commerce": [.distributionEcommerce],
      "webwinkel": [.distributionEcommerce],
      "contractlogistiek": [.distributionContract],
      "xxl": [.distributionXXL],
      "xxl-dc": [.distributionXXL],
      "thuisbezorgcentrum": [.distributionHomeDelivery],
      "thuisbezorging": [.distributionHomeDelivery],
      "bezorgcentrum": [.distributionHomeDelivery],
      "bezorghub": [.distributionHomeDelivery],
      "pakkethub": [.distributionHomeDelivery],
      "online-supermarkt": [.distributionHomeDelivery],
      "home-delivery": [.distributionHomeDelivery],
      "delivery-station": [.distributionHomeDelivery],
      // Glasshouses.
      "glastuinbouw": [
        .glasshouseTomato, .glasshouseSweetPepper, .glasshouseCucumber, .glasshouseOrnamental,
      ],
      "kas": [
        .glasshouseTomato, .glasshouseSweetPepper, .glasshouseCucumber, .glasshouseOrnamental,
      ],
      "glasshouse": [
        .glasshouseTomato, .glasshouseSweetPepper, .glasshouseCucumber, .glasshouseOrnamental,
      ],
      "greenhouse": [
        .glasshouseTomato, .glasshouseSweetPepper, .glasshouseCucumber, .glasshouseOrnamental,
      ],
      "tomatenkas": [.glasshouseTomato],
      "tomaat": [.glasshouseTomato],
      "tomato": [.glasshouseTomato],
      "paprikakas": [.glasshouseSweetPepper],
      "paprika": [.glasshouseSweetPepper],
      "sweet-pepper": [.glasshouseSweetPepper],
      "komkommerkas": [.glasshouseCucumber],
      "komkommer": [.glasshouseCucumber],
      "cucumber": [.glasshouseCucumber],
      "sierteelt": [.glasshouseOrnamental],
      "ornamentals": [.glasshouseOrnamental],
      // The other sectors.
      "vollegrond": [.openFieldAgriculture],
      "vollegrondstuinbouw": [.openFieldAgriculture],
      "akkerbouw": [.openFieldAgriculture],
      "open-field": [.openFieldAgriculture],
      "voedingsindustrie": [.foodProcessing],
      "levensmiddelenindustrie": [.foodProcessing],
      "food": [.foodProcessing],
      "vleesverwerker": [.meatProcessing],
      "vleesverwerking": [.meatProcessing],
      "slachterij": [.meatProcessing],
      "meat": [.meatProcessing],
      "metaal": [.metalManufacturing],
      "maakindustrie": [.metalManufacturing],
      "manufacturing": [.metalManufacturing],
      "datacentrum": [.dataCentre],
      "datacenter": [.dataCentre],
      "data-center": [.dataCentre],
      "halfgeleiders": [.semiconductor],
      "chipfabriek": [.semiconductor],
      "hightech": [.semiconductor],
      "horeca": [.hospitality],
      "recreatie": [.hospitality],
      "bouwproject": [.constructionProject],
      "bouw": [.constructionProject],
      "construction": [.constructionProject],
    ]
    for type in allCases {
      for name in [type.dutchName.lowercased(), type.englishName.lowercased()]
      where table[name] == nil {
        table[name] = [type]
      }
    }
    return table
  }()

  /// The type or types a name typed by a user stands for: an id (`distribution-xxl`), a Dutch
  /// or English alias (`tomatenkas`, `logistics`), case and surrounding spaces ignored; else
  /// the nearest id or alias by edit distance, as a suggestion.
  public static func lookUp(_ name: String) -> EstablishmentTypeName {
    let key = name.trimmingSpaces.lowercased()
    if let type = EstablishmentType(rawValue: key) { return .type(type) }
    if let types = aliases[key] { return types.count == 1 ? .type(types[0]) : .choice(types) }
    let candidates = allCases.map(\.rawValue) + aliases.keys.sorted()
    guard let nearest = Suggestion.closest(to: key, in: candidates) else {
      return .unknown(suggestion: [])
    }
    if let type = EstablishmentType(rawValue: nearest) { return .unknown(suggestion: [type]) }
    return .unknown(suggestion: aliases[nearest] ?? [])
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
  }
}
