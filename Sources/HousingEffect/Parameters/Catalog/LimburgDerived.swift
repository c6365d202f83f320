// Which default values were derived from Limburg data, and from what.
//
// Outside Limburg these values still apply: for most no national figure with a source was found,
// and where one was (`nationalEvidence`) it agrees with the Limburg value. The report names them
// so that the reader can override them with local figures.
extension ParameterCatalog {
  /// Parameters whose value was derived from Limburg data, with the Limburg data it came from.
  public static let limburgDerived: [ParameterID: String] = [
    .migrationResidenceOutsideProvinceShare:
      "Decisio (2020): international workers living in and working in Limburg, 2018",
    .migrationBrpRegisteredShare:
      "Decisio (2020): international workers in Limburg registered in a Limburg municipality, 2018",
    .migrationResidenceHostShare:
      "Noord-Limburg sources and a Peel en Maas housing condition (assumption)",
    .migrationKnowledgeMigrantShareHighTech:
      "Decisio (2020): knowledge workers among international workers in Limburg, 2018 (assumption)",
    .housingProvinceLongStayShare:
      "the long-stay share agreed between the province of Limburg and its municipalities",
    .migrationCrossBorderCommuterShareZuidLimburg:
      "employees of Zuid-Limburg establishments living in Germany or Belgium",
    .migrationCrossBorderCommuterShareNoordMiddenLimburg:
      "Noord-Limburg employees living in Germany",
    .migrationStayShare(.permanent, .short): stayBasis,
    .migrationStayShare(.permanent, .mid): stayBasis,
    .migrationStayShare(.flex, .short): stayBasis,
    .migrationStayShare(.flex, .mid): stayBasis,
    .migrationStayShare(.agency, .short): stayBasis,
    .migrationStayShare(.agency, .mid): stayBasis,
    .migrationStayShare(.seasonal, .short): stayBasis,
    .migrationStayShare(.seasonal, .mid): stayBasis,
    .regionLimburgPopulation: "the province of Limburg",
    .regionLimburgLabourMigrants: "the province of Limburg",
    .regionLimburgLabourMigrants2030Low: "the province of Limburg",
    .regionLimburgLabourMigrants2030High: "the province of Limburg",
    .regionLimburgLabourForce: "the province of Limburg",
  ]

  /// National figures found for a Limburg-derived value, in Dutch and English: what they say
  /// and why the value is kept outside Limburg. Parameters without an entry have no national
  /// figure with a source.
  public static let nationalEvidence: [ParameterID: (nl: String, en: String)] = [
    .migrationStayShare(.permanent, .short): stayNational,
    .migrationStayShare(.permanent, .mid): stayNational,
    .migrationStayShare(.flex, .short): stayNational,
    .migrationStayShare(.flex, .mid): stayNational,
    .migrationStayShare(.agency, .short): stayNational,
    .migrationStayShare(.agency, .mid): stayNational,
    .migrationStayShare(.seasonal, .short): stayNational,
    .migrationStayShare(.seasonal, .mid): stayNational,
  ]

  /// CBS followed the 63,000 Poles who started work in the Netherlands in 2011 (NOS, "Een op de
  /// drie Poolse migranten minstens vijf jaar in Nederland", 2018,
  /// https://nos.nl/artikel/2230252-een-op-de-drie-poolse-migranten-minstens-vijf-jaar-in-nederland.html):
  /// over 40 % had left within a year, about a third (20,000) was still there in 2015.
  private static let stayNational = (
    nl:
      "landelijk volgde het CBS de 63.000 Polen die in 2011 in Nederland gingen werken: ruim 40 % was binnen een jaar vertrokken, een derde was er in 2015 nog (NOS, 2018). Dat is hetzelfde patroon als in Limburg (40 % korter dan een jaar, 27 % langer dan vijf jaar), dus de waarde blijft ook buiten Limburg staan",
    en:
      "nationally, CBS followed the 63,000 Poles who started work in the Netherlands in 2011: over 40 % had left within a year and a third was still there in 2015 (NOS, 2018). That is the same pattern as in Limburg (40 % under a year, 27 % over five years), so the value is kept outside Limburg too"
  )

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
