extension Establishment {
  /// The parameter values a run of this establishment uses: the catalogue at the reference
  /// date with the establishment's overrides, as `Assessment` builds them.
  public func parameterSet(catalog: ParameterCatalog = .standard) -> ParameterSet {
    ParameterSet(catalog: catalog, asOf: referenceDay, overrides: overrides)
  }

  /// The workforce a run uses, written out: the stated segments or the sector's default mix,
  /// each with its stated origin or the catalogue default for its contract, sector and region.
  ///
  /// Running the pipeline on the establishment with this workforce stated gives the same
  /// figures; only the list of defaulted inputs differs.
  public func resolvedWorkforce(region: HostRegion, parameters: ParameterSet) -> [WorkforceSegment]
  {
    let group = type.sectorGroup
    let segments = workforce ?? ResolvedSegment.defaults(for: group, parameters: parameters)
    return segments.map { segment in
      var segment = segment
      if segment.origin == nil {
        segment.origin =
          ResolvedSegment.defaultOrigin(
            contract: segment.contract, group: group, region: region, parameters: parameters
          ).0
      }
      return segment
    }
  }

  /// Jobs at full operation, stated or estimated from the size [FTE].
  public func fullOperationJobs(parameters: ParameterSet) -> Double {
    Staffing.fullOperationJobs(self, parameters: parameters).0
  }
}
