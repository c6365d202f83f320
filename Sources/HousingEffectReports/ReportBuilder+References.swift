import HousingEffect

// "This establishment against comparable ones" (VNG guide): the nearest reference
// establishments of the same type beside the estimate.
extension ReportBuilder {
  /// The estimate and the nearest references of its type: jobs, jobs per 1,000 m² or ha,
  /// labour-migrant share, peak workforce and employer beds as published.
  var referenceBlocks: [Block] {
    let comparison = ReferenceComparison(assessment, year: assessment.years[full])
    guard !comparison.entries.isEmpty else { return [] }
    let names = ReferenceReport([], language: language)
    let density = names.densityUnit(comparison.type)
    let columns = [
      Column(title: pick("Vestiging", "Establishment"), alignment: .left),
      Column(title: pick("Banen", "Jobs"), alignment: .right),
      Column(
        title: density.isEmpty
          ? pick("Banen per omvang", "Jobs per size") : pick("Banen \(density)", "Jobs \(density)"),
        alignment: .right),
      Column(title: pick("Migranten", "Migrants"), alignment: .right),
      Column(title: pick("Piek", "Peak"), alignment: .right),
      Column(title: pick("Bedden", "Beds"), alignment: .right),
    ]
    func optional(_ value: Double?, _ show: (Double) -> String) -> String {
      value.map(show) ?? "–"
    }
    let own = Row(
      cells: [
        pick("Deze schatting", "This estimate"),
        jobs(comparison.jobs),
        optional(comparison.jobsPerSize) { format.format($0, .decimals(1)) },
        optional(comparison.labourMigrantShare, percent), count(comparison.peakWorkforce), "–",
      ], note: nil)
    let rows =
      [own]
      + comparison.entries.map { entry in
        let reference = entry.reference
        // The name as published, quoted and shortened: a proper name in either language.
        let name =
          reference.name.count > 30 ? String(reference.name.prefix(29)) + "…" : reference.name
        return Row(
          cells: [
            "‘\(name)’", optional(entry.jobs, count),
            optional(entry.jobsPerSize) { format.format($0, .decimals(1)) },
            optional(entry.labourMigrantShare, percent), optional(entry.peakWorkforce, count),
            optional(entry.employerBeds, count),
          ],
          note: "\(reference.municipality) · housing-effect references \(reference.id)")
      }
    return [
      .subheading(
        pick(
          "Vergelijkbare vestigingen (referentieobjecten)",
          "Comparable establishments (reference companies)")),
      .paragraph(
        pick(
          "De VNG-handreiking vraagt een vestiging te vergelijken met bestaande, vergelijkbare vestigingen. Hieronder de \(comparison.entries.count) referentievestigingen van hetzelfde type die in omvang het dichtst bij deze schatting liggen, met hun gepubliceerde cijfers: banen (personen, geen fte), banen \(density.isEmpty ? "per omvang" : density), aandeel arbeidsmigranten (migranten), werknemers op de piek en bedden van de werkgever; ‘–’ is niet gepubliceerd. De schatting staat erboven met de standaardwaarden van de catalogus. ‘housing-effect references ID’ toont elk cijfer met bron en betrouwbaarheid.",
          "The VNG guide asks to compare an establishment with existing comparable ones. Below are the \(comparison.entries.count) reference establishments of the same type nearest in size to this estimate, with their published figures: jobs (persons, not FTE), jobs \(density.isEmpty ? "per size" : density), labour-migrant share (migrants), workers at the peak and employer beds; ‘–’ is not published. The estimate is above them, with the catalogue's defaults. ‘housing-effect references ID’ shows every figure with its source and reliability."
        )),
      .table(
        Table(
          columns: columns, rows: rows, noteTitle: pick("Plaats en details", "Place and details"))),
    ]
  }
}
