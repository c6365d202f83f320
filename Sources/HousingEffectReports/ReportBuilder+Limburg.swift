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
          "\(place) ligt buiten Limburg. Deze standaardwaarden zijn afgeleid uit Limburgse gegevens en toch gebruikt, omdat geen landelijk cijfer met bron is gevonden; vervang ze door lokale cijfers waar die er zijn:",
          "\(place) is outside Limburg. These default values were derived from Limburg data and applied anyway, because no national figure with a source was found; replace them with local figures where you have them:"
        )),
      .bullets(
        parameters.map { parameter in
          "\(strings.parameterLabel(parameter)) (\(parameter.id)): "
            + pick("afgeleid uit ", "derived from ") + (parameter.limburgBasis ?? "")
        }),
    ]
  }
}
