// Which default values were derived from Limburg data, and from what.
//
// Outside Limburg these values still apply (no national figure with a source was found for
// them); the report names them so that the reader can override them with local figures.
extension ParameterCatalog {
  /// Parameters whose value was derived from Limburg data, with the Limburg data it came from.
  public static let limburgDerived: [ParameterID: String] = [
    "migration.residence.outsideProvinceShare":
      "Decisio (2020): international workers living in and working in Limburg, 2018",
    "migration.brpRegisteredShare":
      "Decisio (2020): international workers in Limburg registered in a Limburg municipality, 2018",
    "migration.residence.hostShare":
      "Noord-Limburg sources and a Peel en Maas housing condition (assumption)",
    "migration.knowledgeMigrantShare.highTech":
      "Decisio (2020): knowledge workers among international workers in Limburg, 2018 (assumption)",
    "housing.provinceLongStayShare":
      "the long-stay share agreed between the province of Limburg and its municipalities",
    "migration.crossBorderCommuterShare.zuidLimburg":
      "employees of Zuid-Limburg establishments living in Germany or Belgium",
    "migration.crossBorderCommuterShare.noordMiddenLimburg":
      "Noord-Limburg employees living in Germany",
    "migration.stayShare.permanent.short": stayBasis,
    "migration.stayShare.permanent.mid": stayBasis,
    "migration.stayShare.flex.short": stayBasis,
    "migration.stayShare.flex.mid": stayBasis,
    "migration.stayShare.agency.short": stayBasis,
    "migration.stayShare.agency.mid": stayBasis,
    "migration.stayShare.seasonal.short": stayBasis,
    "migration.stayShare.seasonal.mid": stayBasis,
    "region.limburg.population": "the province of Limburg",
    "region.limburg.labourMigrants": "the province of Limburg",
    "region.limburg.labourMigrants2030Low": "the province of Limburg",
    "region.limburg.labourMigrants2030High": "the province of Limburg",
    "region.limburg.labourForce": "the province of Limburg",
  ]

  private static let stayBasis =
    "Decisio (2020): length of stay of international workers in Limburg, 2018 (assumption)"

  /// `parameters` with `limburgBasis` set from ``limburgDerived``.
  static func tagLimburgDerived(_ parameters: [Parameter]) -> [Parameter] {
    parameters.map { parameter in
      var tagged = parameter
      tagged.limburgBasis = limburgDerived[parameter.id]
      return tagged
    }
  }
}
