/// The second half of the pipeline for one stock of migrants: households, housing need with
/// its balance against supply (``HousingBalance``), and facility load. `assess` and `batch`
/// (through ``Assessment``) and `project` assemble it here, from one ``MigrantStock`` built
/// once (Docs/design-notes.md §31, §35).
struct Effects {
  /// The supply an establishment states for its own newcomers.
  struct StatedSupply {
    var freeLegalBeds: Double? = nil
    var employerHousing: EmployerHousing? = nil
    var availableDwellings: [AvailableDwellings]? = nil
  }

  let households: Households
  let housing: HousingDemand
  let facilities: FacilityLoad

  /// The effects of one establishment's stock, at its demand norm and against the supply its
  /// file states.
  init(
    _ establishment: borrowing Establishment, stock: borrowing MigrantStock,
    region: borrowing HostRegion,
    parameters: borrowing ParameterSet
  ) {
    var storage = Assessment.Storage()
    self.init(
      establishment, stock: stock, region: region, parameters: parameters, reusing: &storage)
  }

  /// The same, its stages' years written into the arrays of `storage` (`Assessment/Storage`).
  init(
    _ establishment: borrowing Establishment, stock: borrowing MigrantStock,
    region: borrowing HostRegion,
    parameters: borrowing ParameterSet, reusing storage: inout Assessment.Storage
  ) {
    self.init(
      stock, households: Households(stock, parameters: parameters, reusing: &storage),
      region: region,
      norm: establishment.housingNorm ?? .demandDefault(in: region.policyRegion),
      supply: StatedSupply(
        freeLegalBeds: establishment.freeLegalBeds,
        employerHousing: establishment.employerHousing,
        availableDwellings: establishment.availableDwellings),
      parameters: parameters, reusing: &storage)
  }

  /// The effects of a stock without supply of its own (a region's, in `project`: supply is
  /// set against the summed need at the projection level).
  init(
    _ stock: borrowing MigrantStock, region: borrowing HostRegion, norm: HousingNorm,
    parameters: borrowing ParameterSet
  ) {
    var storage = Assessment.Storage()
    self.init(
      stock, households: Households(stock, parameters: parameters, reusing: &storage),
      region: region, norm: norm, supply: StatedSupply(), parameters: parameters,
      reusing: &storage)
  }

  init(
    _ stock: borrowing MigrantStock, households: consuming Households, region: borrowing HostRegion,
    norm: HousingNorm,
    supply: StatedSupply, parameters: borrowing ParameterSet
  ) {
    var storage = Assessment.Storage()
    self.init(
      stock, households: households, region: region, norm: norm, supply: supply,
      parameters: parameters, reusing: &storage)
  }

  /// The effects of a stock with its households, the stages' years written into the arrays
  /// of `storage` (`Assessment/Storage`).
  init(
    _ stock: borrowing MigrantStock, households: consuming Households, region: borrowing HostRegion,
    norm: HousingNorm,
    supply: StatedSupply, parameters: borrowing ParameterSet,
    reusing storage: inout Assessment.Storage
  ) {
    // The stages borrow their inputs, locals moved into the effects at the end: no copy of a
    // stage per call (issue 18).
    let housing = HousingDemand(
      stock, households: households, region: region, norm: norm,
      freeLegalBeds: supply.freeLegalBeds, employerHousing: supply.employerHousing,
      availableDwellings: supply.availableDwellings, parameters: parameters, reusing: &storage)
    let facilities = FacilityLoad(
      stock, households: households, housing: housing, region: region, parameters: parameters,
      reusing: &storage)
    self.households = households
    self.housing = housing
    self.facilities = facilities
  }

  /// The three stages, moved out of the effects rather than copied.
  consuming func stages() -> (Households, HousingDemand, FacilityLoad) {
    (households, housing, facilities)
  }
}
