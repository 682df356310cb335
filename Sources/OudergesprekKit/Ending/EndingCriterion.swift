/// One criterion of the ending rubric, judged: whether it was met, the points it earned, and Dutch feedback.
public struct EndingCriterion: Sendable, Equatable, Codable {
  /// The criterion's stable id (see `EndingCriterion.ID`).
  public var id: String
  /// Whether the closing words meet it.
  public var met: Bool
  /// The points earned, 0 to `maxPoints`.
  public var points: Int
  /// The points this criterion is worth; all criteria together are worth 100.
  public var maxPoints: Int
  /// What went well or what to do next time, in Dutch.
  public var feedback: String

  public init(id: ID, met: Bool, points: Int, feedback: String) {
    self.id = id.rawValue
    self.met = met
    self.points = points
    self.maxPoints = id.maxPoints
    self.feedback = feedback
  }

  /// The criteria of the rubric; `reden` is judged in an early ending, `samenvatting` in one on time.
  public enum ID: String, Sendable, CaseIterable {
    case afrondingAankondigen = "afronding-aankondigen"
    case reden = "reden-zonder-verwijt"
    case samenvatting
    case gevoelsreflectie
    case vervolgafspraak
    case bedanken
    case geenBlokkade = "geen-blokkade"

    /// The weight of the criterion; the criteria of each kind of ending add up to 100.
    public var maxPoints: Int {
      switch self {
      case .afrondingAankondigen: 15
      case .reden, .samenvatting: 20
      case .gevoelsreflectie: 15
      case .vervolgafspraak: 25
      case .bedanken: 10
      case .geenBlokkade: 15
      }
    }

    /// A short Dutch name for the rubric table.
    public var label: String {
      switch self {
      case .afrondingAankondigen: "einde aangekondigd"
      case .reden: "reden zonder verwijt"
      case .samenvatting: "samenvatting en afspraken"
      case .gevoelsreflectie: "gevoel van de ouder erkend"
      case .vervolgafspraak: "concrete vervolgstap"
      case .bedanken: "beleefd afgesloten"
      case .geenBlokkade: "geen blokkade"
      }
    }

    /// The criteria judged for a kind of ending, in the order they are shown.
    public static func criteria(for kind: EndingKind) -> [ID] {
      [
        .afrondingAankondigen, kind == .vroeg ? .reden : .samenvatting, .gevoelsreflectie, .vervolgafspraak, .bedanken,
        .geenBlokkade,
      ]
    }
  }
}
