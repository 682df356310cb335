/// What a scenario transition or reaction listens for: one marker, a whole family, or a reply without markers.
///
/// Written in scenario files as a marker id (`adviseren`), a family name (`luisteren`, `blokkade`,
/// `afronding`, `ik-boodschap`, `jij-boodschap`) or `neutraal` for a reply in which no marker was found.
public enum MarkerSelector: Hashable, Sendable, CustomStringConvertible {
  case marker(Marker)
  case family(MarkerFamily)
  case neutral

  /// Parses a selector as written in a scenario file; nil when the word is unknown.
  public init?(_ text: String) {
    if text == "neutraal" {
      self = .neutral
    } else if let family = MarkerFamily(rawValue: text) {
      // `ik-boodschap` and `jij-boodschap` are both a marker and a one-marker family: one meaning.
      self = .family(family)
    } else if let marker = Marker(rawValue: text) {
      self = .marker(marker)
    } else {
      return nil
    }
  }

  /// Every word a scenario may use, for error messages and the schema.
  public static var allWords: [String] {
    ["neutraal"] + MarkerFamily.allCases.map(\.rawValue)
      + Marker.allCases.map(\.rawValue).filter { MarkerFamily(rawValue: $0) == nil }
  }

  /// Whether a reply carrying `markers` matches this selector.
  public func matches(_ markers: Set<Marker>) -> Bool {
    switch self {
    case .marker(let marker): markers.contains(marker)
    case .family(let family): markers.contains { $0.family == family }
    case .neutral: markers.isEmpty
    }
  }

  public var description: String {
    switch self {
    case .marker(let marker): marker.rawValue
    case .family(let family): family.rawValue
    case .neutral: "neutraal"
    }
  }
}
