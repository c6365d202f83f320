/// A ready-made alternative that a study names and adjusts: each one turns into concrete input
/// changes and parameter overrides (`AlternativeTemplate+Changes.swift`).
///
/// Each case documents what it changes and why; `Docs/study-format.md` says the same for
/// users, with the defaults. A template only changes what the model has: where a policy has
/// effects the model does not represent, the documentation says so.
public enum AlternativeTemplate: Sendable, Hashable {
  /// Moderate growth: fewer jobs, optionally reached over a longer ramp-up.
  ///
  /// Multiplies the jobs at full operation by `jobsFactor` (the size becomes that number of
  /// jobs) and, when `rampUpYears` is given, replaces the ramp-up by a straight line reaching
  /// full operation in that many years (1/n, 2/n, …, 1). Everything that depends on jobs
  /// follows: workers, migrants, housing, facilities, wage sum.
  ///
  /// - Parameters:
  ///   - jobsFactor: Jobs kept [share 0–1].
  ///   - rampUpYears: Years to full operation; `nil` keeps the ramp-up [years].
  case moderateGrowth(jobsFactor: Double = 0.75, rampUpYears: Int? = nil)

  /// Local labour first: every segment recruits at least `localShare` of its workers from the
  /// local labour reserve, and the employer offers language training.
  ///
  /// The added local workers replace labour migrants first (EU and non-EU in proportion) and
  /// then recruits from the rest of the Netherlands; knowledge migrants and cross-border
  /// commuters are left as they are. Segments already at or above the target do not change.
  /// The training of the local reserve that this needs is not modelled; `languageTraining`
  /// only sets the scorecard's language-training input for the migrants who still come.
  ///
  /// - Parameters:
  ///   - localShare: Minimum share from the local reserve in every segment [share 0–1].
  ///   - languageTraining: Whether to set the employer's language training to yes; `false`
  ///     leaves that input as it is.
  case localLabourFirst(localShare: Double = 0.5, languageTraining: Bool = true)

  /// Automation: fewer jobs, cut from the low-skilled flexible segments.
  ///
  /// Removes `1 − jobsFactor` of the jobs, first from segments with a flex, agency or seasonal
  /// contract and low skill (in proportion to their jobs), then from the rest. So the remaining
  /// jobs are more often direct employment, which raises the wage per job: the model's wage per
  /// job weighs the sector wage against the lower staffing-sector wage by the agency share. A
  /// higher wage for the same job is modelled only when `wagePerJobFactor` is not 1: it then
  /// overrides the sector's catalogue wage per job. Skill levels are not changed.
  ///
  /// - Parameters:
  ///   - jobsFactor: Jobs kept [share 0–1].
  ///   - wagePerJobFactor: Multiplier on the sector wage per job; 1 leaves it [factor].
  case automation(jobsFactor: Double = 0.8, wagePerJobFactor: Double = 1)

  /// The employer provides housing: certified beds built to a norm.
  ///
  /// Sets the employer's beds to `beds`, or, without it, to `shareOfDemand` of the temporary
  /// (short- and mid-stay) beds needed at the peak in the full-operation year, rounded up.
  /// Floor area, bedrooms, toilets and showers are set to what `norm` requires for those beds,
  /// so the norm check passes. An employer that already offers at least that many beds keeps
  /// its housing as it is: the template then changes nothing.
  ///
  /// - Parameters:
  ///   - beds: Beds the employer provides; `nil` derives them from the demand [beds].
  ///   - shareOfDemand: Share of the temporary demand at the peak [share 0–1].
  ///   - norm: The quality norm the housing is built to.
  case employerHousing(beds: Double? = nil, shareOfDemand: Double = 1, norm: HousingNorm = .snf2025)

  /// Regional spreading: more of the labour migrants live in neighbouring municipalities.
  ///
  /// Overrides `migration.residence.hostShare`, the share of the migrants living in the province
  /// who live in the host municipality. Demand in the province stays the same; the host's
  /// residents, facility load and migrants per 1,000 inhabitants fall, and the spill-over share
  /// rises. The model does not say which neighbour takes whom, nor the load on their facilities.
  ///
  /// - Parameter hostShare: Share living in the host municipality [share 0–1].
  case regionalSpreading(hostShare: Double = 0.3)

  /// Fewer labour migrants: a cap on the labour-migrant share of every segment.
  ///
  /// In each segment whose EU plus non-EU migrant share exceeds `migrantShareCap`, both are
  /// scaled down to the cap and the difference is recruited in the Netherlands: the share
  /// `localShareOfReplacement` from the local reserve, the rest from elsewhere in the country.
  /// Whether that labour is available is not checked: combine with moderate growth when it is
  /// not.
  ///
  /// - Parameters:
  ///   - migrantShareCap: Highest labour-migrant share of a segment [share 0–1].
  ///   - localShareOfReplacement: Local share of the replacement workers; `nil` uses the
  ///     catalogue's `migration.localShareOfDomesticWorkers` [share 0–1].
  case fewerLabourMigrants(migrantShareCap: Double = 0.4, localShareOfReplacement: Double? = nil)

  /// The template names used in study files.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case moderateGrowth = "moderate-growth"
    case localLabourFirst = "local-labour-first"
    case automation = "automation"
    case employerHousing = "employer-housing"
    case regionalSpreading = "regional-spreading"
    case fewerLabourMigrants = "fewer-labour-migrants"

    /// The settings a study file may give, in documentation order.
    public var settingNames: [String] {
      switch self {
      case .moderateGrowth: ["jobsFactor", "rampUpYears"]
      case .localLabourFirst: ["localShare", "languageTraining"]
      case .automation: ["jobsFactor", "wagePerJobFactor"]
      case .employerHousing: ["beds", "shareOfDemand", "norm"]
      case .regionalSpreading: ["hostShare"]
      case .fewerLabourMigrants: ["migrantShareCap", "localShareOfReplacement"]
      }
    }

    /// The template with every setting at its default.
    public var withDefaults: AlternativeTemplate {
      switch self {
      case .moderateGrowth: .moderateGrowth()
      case .localLabourFirst: .localLabourFirst()
      case .automation: .automation()
      case .employerHousing: .employerHousing()
      case .regionalSpreading: .regionalSpreading()
      case .fewerLabourMigrants: .fewerLabourMigrants()
      }
    }
  }

  /// One setting and its value, for reports.
  public struct Setting: Sendable, Hashable {
    /// The setting's name as the study file writes it, such as `jobsFactor`.
    public var name: String
    /// `nil`: not set, the template's documented fallback applies.
    public var value: ChangeValue?
  }

  /// Which template this is, without its settings.
  public var kind: Kind {
    switch self {
    case .moderateGrowth: .moderateGrowth
    case .localLabourFirst: .localLabourFirst
    case .automation: .automation
    case .employerHousing: .employerHousing
    case .regionalSpreading: .regionalSpreading
    case .fewerLabourMigrants: .fewerLabourMigrants
    }
  }

  /// The settings in force, in the order of ``Kind/settingNames``.
  public var settings: [Setting] {
    switch self {
    case .moderateGrowth(let jobsFactor, let rampUpYears):
      [
        Setting(name: "jobsFactor", value: .factor(jobsFactor)),
        Setting(name: "rampUpYears", value: rampUpYears.map { .years($0) }),
      ]
    case .localLabourFirst(let localShare, let languageTraining):
      [
        Setting(name: "localShare", value: .quantity(localShare, .share)),
        Setting(name: "languageTraining", value: .flag(languageTraining)),
      ]
    case .automation(let jobsFactor, let wagePerJobFactor):
      [
        Setting(name: "jobsFactor", value: .factor(jobsFactor)),
        Setting(name: "wagePerJobFactor", value: .factor(wagePerJobFactor)),
      ]
    case .employerHousing(let beds, let shareOfDemand, let norm):
      [
        Setting(name: "beds", value: beds.map { .quantity($0, .beds) }),
        Setting(name: "shareOfDemand", value: .quantity(shareOfDemand, .share)),
        Setting(name: "norm", value: .norm(norm)),
      ]
    case .regionalSpreading(let hostShare):
      [Setting(name: "hostShare", value: .quantity(hostShare, .share))]
    case .fewerLabourMigrants(let cap, let localShare):
      [
        Setting(name: "migrantShareCap", value: .quantity(cap, .share)),
        Setting(name: "localShareOfReplacement", value: localShare.map { .quantity($0, .share) }),
      ]
    }
  }
}
