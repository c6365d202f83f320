/// Where the need of an establishment in one host municipality lives, municipality by
/// municipality: the host, its named neighbours and the rest of its province in the region
/// data, with the shares of ``ResidenceSplit`` — the split `assess` reports.
///
/// The neighbours' share is spread over the named neighbours found in the region data, and the
/// rest of the province over the province's other municipalities in the region data, both in
/// proportion to population (an assumption: newcomers are taken to settle where people live;
/// Docs/methodology.md#cumulative-load). A share with no municipality to go to (a neighbour
/// outside the region data, a province the region data does not cover) stays unallocated.
/// Those living outside the province are not part of the need (as in `assess`).
struct ResidenceAllocation: Sendable {
  struct Weight: Sendable {
    var code: String
    var weight: Double
  }

  var host: String
  /// The named neighbours found in the region data; weights add up to 1.
  var neighbours: [Weight]
  /// The province's other municipalities in the region data; weights add up to 1.
  var restOfProvince: [Weight]

  init(host: Municipality, regions: RegionData) {
    self.host = host.code
    var named = Set<String>()
    var neighbourList: [Municipality] = []
    for name in host.neighbours {
      guard case .success(let neighbour) = regions.municipality(named: name),
        neighbour.code != host.code, !named.contains(neighbour.code)
      else { continue }
      named.insert(neighbour.code)
      neighbourList.append(neighbour)
    }
    let rest = regions.municipalities.filter {
      $0.code != host.code && !named.contains($0.code) && $0.province != nil
        && $0.province == host.province
    }
    neighbours = Self.weights(neighbourList)
    restOfProvince = Self.weights(rest)
  }

  static func weights(_ municipalities: [Municipality]) -> [Weight] {
    let total = municipalities.reduce(0.0) { $0 + Double($1.population.value) }
    guard total > 0 else { return [] }
    return municipalities.map { Weight(code: $0.code, weight: Double($0.population.value) / total) }
  }

  /// Every municipality a row's need can be placed in, by code: the host first, then
  /// `neighbours`, then `restOfProvince` (the indices `place(_:residence:housedOnSite:unallocated:add:)`
  /// gives).
  var codes: [String] { [host] + neighbours.map(\.code) + restOfProvince.map(\.code) }

  /// Adds `need` (one row's need in the province) to the municipalities it lives in, and what
  /// has nowhere to go to `unallocated`. `residence` gives the shares of the province's need;
  /// the first `housedOnSite` temporary beds live at the host, in the employer's housing, and
  /// only the rest of the temporary beds is split.
  func place(
    _ need: BatchLoad, residence: BatchResult.Residence, housedOnSite: Double,
    into sums: inout [String: BatchLoad], unallocated: inout BatchLoad
  ) {
    let codes = codes
    place(need, residence: residence, housedOnSite: housedOnSite, unallocated: &unallocated) {
      sums[codes[$0], default: BatchLoad()] += $1
    }
  }

  /// `place(_:residence:housedOnSite:into:unallocated:)` handing each part to `add` with the
  /// index of its municipality in `codes`, in the same order, so a caller can keep its sums
  /// in an array (a batch places 100,000 rows, each in a few dozen municipalities).
  func place(
    _ need: BatchLoad, residence: BatchResult.Residence, housedOnSite: Double,
    unallocated: inout BatchLoad, add: (_ index: Int, _ part: BatchLoad) -> Void
  ) {
    let onSite = min(max(housedOnSite, 0), need.temporaryBeds)
    var split = need
    split.temporaryBeds = need.temporaryBeds - onSite
    var atHost = split.scaled(residence.host)
    atHost.temporaryBeds += onSite
    add(0, atHost)
    func spread(_ share: Double, over weights: [Weight], from first: Int) {
      let part = split.scaled(share)
      guard !weights.isEmpty else {
        unallocated += part
        return
      }
      for (offset, item) in weights.enumerated() {
        add(first + offset, part.scaled(item.weight))
      }
    }
    spread(residence.neighbours, over: neighbours, from: 1)
    spread(residence.restOfProvince, over: restOfProvince, from: 1 + neighbours.count)
  }
}

extension ResidenceSplit {
  /// The share of all newcomers living in each municipality of `regions`, by municipality
  /// code: the host, the named neighbours and the rest of the province, spread by population
  /// exactly as `batch` places its need (`ResidenceAllocation`). Other provinces and
  /// across the border are not in it (they are `otherProvinces` and `abroad`), nor is a
  /// share with no municipality in `regions` to go to; the map of `assess` (issue 19, item 8)
  /// draws these shares.
  public func shares(host: Municipality, regions: RegionData) -> [String: Double] {
    var sums: [String: BatchLoad] = [:]
    var unallocated = BatchLoad()
    var one = BatchLoad()
    one.migrants = 1
    ResidenceAllocation(host: host, regions: regions).place(
      one,
      residence: BatchResult.Residence(
        host: self.host, neighbours: neighbours,
        restOfProvince: restOfProvince),
      housedOnSite: 0, into: &sums, unallocated: &unallocated)
    return sums.mapValues(\.migrants)
  }
}
