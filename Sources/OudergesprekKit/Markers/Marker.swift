/// A reply marker from the analyser contract (`shared/labels.md`), identified by its stable id.
public enum Marker: String, CaseIterable, Codable, Sendable, Comparable {
  case ikBoodschap = "ik-boodschap"
  case jijBoodschap = "jij-boodschap"

  case parafrase
  case gevoelsreflectie
  case samenvatting
  case openVraag = "open-vraag"
  case aanmoediging

  case bevelen
  case waarschuwen
  case moraliseren
  case adviseren
  case argumenteren
  case bekritiseren
  case prijzen
  case etiketteren
  case interpreteren
  case geruststellen
  case ondervragen
  case afleiden

  case afrondingAankondigen = "afronding-aankondigen"
  case vervolgafspraak
  case bedanken

  /// The stable id, as used in scenario files, transcripts and JSON output.
  public var id: String { rawValue }

  /// The family this marker belongs to.
  public var family: MarkerFamily {
    switch self {
    case .ikBoodschap: .ikBoodschap
    case .jijBoodschap: .jijBoodschap
    case .parafrase, .gevoelsreflectie, .samenvatting, .openVraag, .aanmoediging: .luisteren
    case .afrondingAankondigen, .vervolgafspraak, .bedanken: .afronding
    default: .blokkade
    }
  }

  /// Whether this marker is one of Gordon's twelve roadblocks.
  public var isBlockade: Bool { family == .blokkade }

  /// A blockade or a jij-boodschap: what keeps the other from feeling heard, and what a parent reacts to.
  public var isBlocking: Bool { isBlockade || self == .jijBoodschap }

  /// `allCases` built once: `allCases` makes a new array at every use, and the analyser asks for it per reply.
  static let inOrder = allCases

  /// The order of declaration, so that marker lists print in the order of the contract.
  public static func < (lhs: Marker, rhs: Marker) -> Bool {
    inOrder.firstIndex(of: lhs)! < inOrder.firstIndex(of: rhs)!
  }
}
