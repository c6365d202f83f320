import HousingEffect

extension ReportBuilder {
  /// Outside Limburg: the default values derived from Limburg data that were still applied.
  var limburgDerivedBlocks: [Block] {
    let parameters = assessment.limburgDerivedParameters(catalog: catalog)
    guard !parameters.isEmpty else { return [] }
    let place = assessment.region.name
    return [
      .subheading(
        pick("Limburgse standaardwaarden buiten Limburg", "Limburg defaults outside Limburg")),
      .paragraph(
        pick(
          "\(place) ligt buiten Limburg. Deze standaardwaarden zijn afgeleid uit Limburgse gegevens en toch gebruikt: voor de meeste is geen landelijk cijfer met bron gevonden, en waar dat er wel is, komt het met de Limburgse waarde overeen. Vervang ze door lokale cijfers waar die er zijn:",
          "\(place) is outside Limburg. These default values were derived from Limburg data and applied anyway: for most no national figure with a source was found, and where one was, it agrees with the Limburg value. Replace them with local figures where you have them:"
        )),
      .bullets(
        parameters.map { parameter in
          let national = ParameterCatalog.nationalEvidence[parameter.id].map {
            "; " + pick($0.nl, $0.en)
          }
          return "\(strings.parameterLabel(parameter)) (\(parameter.id)): "
            + pick("afgeleid uit ", "derived from ") + (parameter.limburgBasis ?? "")
            + (national ?? "; " + pick("geen landelijk cijfer gevonden", "no national figure found"))
        }),
    ]
  }
}
