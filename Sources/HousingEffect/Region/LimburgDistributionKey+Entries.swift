// Generated from Docs/data/limburg-distribution-key.csv by Tests/HousingEffectTests/GeneratedRegionDataTests.swift;
// do not edit. After editing the CSV, regenerate with
// `RECORD_SNAPSHOTS=1 swift test --filter GeneratedRegionData`.
// swift-format-ignore-file

extension LimburgDistributionKey {
  /// The 31 municipalities, in the order of `Docs/data/limburg-municipalities.csv`.
  public static let entries: [Entry] = [
    Entry(
      code: "GM0889", name: "Beesel",
      populationShare: 0.011819, regionAnchoredShare: 0.019103),
    Entry(
      code: "GM0893", name: "Bergen (L.)",
      populationShare: 0.011607, regionAnchoredShare: 0.01876),
    Entry(
      code: "GM0907", name: "Gennep",
      populationShare: 0.015697, regionAnchoredShare: 0.025371),
    Entry(
      code: "GM1507", name: "Horst aan de Maas",
      populationShare: 0.038753, regionAnchoredShare: 0.062635),
    Entry(
      code: "GM0944", name: "Mook en Middelaar",
      populationShare: 0.007194, regionAnchoredShare: 0.011628),
    Entry(
      code: "GM1894", name: "Peel en Maas",
      populationShare: 0.04018, regionAnchoredShare: 0.064941),
    Entry(
      code: "GM0983", name: "Venlo",
      populationShare: 0.091585, regionAnchoredShare: 0.148026),
    Entry(
      code: "GM0984", name: "Venray",
      populationShare: 0.03941, regionAnchoredShare: 0.063698),
    Entry(
      code: "GM1711", name: "Echt-Susteren",
      populationShare: 0.028273, regionAnchoredShare: 0.045697),
    Entry(
      code: "GM1640", name: "Leudal",
      populationShare: 0.031772, regionAnchoredShare: 0.051352),
    Entry(
      code: "GM1641", name: "Maasgouw",
      populationShare: 0.021536, regionAnchoredShare: 0.034808),
    Entry(
      code: "GM0946", name: "Nederweert",
      populationShare: 0.015435, regionAnchoredShare: 0.024947),
    Entry(
      code: "GM1669", name: "Roerdalen",
      populationShare: 0.01836, regionAnchoredShare: 0.029674),
    Entry(
      code: "GM0957", name: "Roermond",
      populationShare: 0.0536, regionAnchoredShare: 0.086633),
    Entry(
      code: "GM0988", name: "Weert",
      populationShare: 0.045073, regionAnchoredShare: 0.07285),
    Entry(
      code: "GM0888", name: "Beek",
      populationShare: 0.014308, regionAnchoredShare: 0.00648),
    Entry(
      code: "GM1883", name: "Sittard-Geleen",
      populationShare: 0.081756, regionAnchoredShare: 0.037023),
    Entry(
      code: "GM0971", name: "Stein",
      populationShare: 0.021834, regionAnchoredShare: 0.009888),
    Entry(
      code: "GM1954", name: "Beekdaelen",
      populationShare: 0.031675, regionAnchoredShare: 0.014344),
    Entry(
      code: "GM0899", name: "Brunssum",
      populationShare: 0.024505, regionAnchoredShare: 0.011097),
    Entry(
      code: "GM0917", name: "Heerlen",
      populationShare: 0.077177, regionAnchoredShare: 0.034949),
    Entry(
      code: "GM0928", name: "Kerkrade",
      populationShare: 0.039983, regionAnchoredShare: 0.018106),
    Entry(
      code: "GM0882", name: "Landgraaf",
      populationShare: 0.032748, regionAnchoredShare: 0.01483),
    Entry(
      code: "GM0965", name: "Simpelveld",
      populationShare: 0.009049, regionAnchoredShare: 0.004098),
    Entry(
      code: "GM0986", name: "Voerendaal",
      populationShare: 0.01092, regionAnchoredShare: 0.004945),
    Entry(
      code: "GM1903", name: "Eijsden-Margraten",
      populationShare: 0.022973, regionAnchoredShare: 0.010403),
    Entry(
      code: "GM1729", name: "Gulpen-Wittem",
      populationShare: 0.012401, regionAnchoredShare: 0.005616),
    Entry(
      code: "GM0935", name: "Maastricht",
      populationShare: 0.110553, regionAnchoredShare: 0.050064),
    Entry(
      code: "GM0938", name: "Meerssen",
      populationShare: 0.016392, regionAnchoredShare: 0.007423),
    Entry(
      code: "GM0981", name: "Vaals",
      populationShare: 0.008931, regionAnchoredShare: 0.004044),
    Entry(
      code: "GM0994", name: "Valkenburg aan de Geul",
      populationShare: 0.014499, regionAnchoredShare: 0.006566),
  ]
}
