/// The kind of parent conversation.
public enum ConversationKind: String, CaseIterable, Sendable {
  case kennismaking
  case tienminutengesprek
  case rapportgesprek
  case overgang
  case gedrag
  case verzuim
  case slechtNieuws = "slecht-nieuws"
  case pesten
  case socialeMedia = "sociale-media"
  case klacht
  case welbevinden
  case anders

  /// The Dutch label for lists and briefings.
  public var label: String {
    switch self {
    case .kennismaking: "kennismakingsgesprek"
    case .tienminutengesprek: "tienminutengesprek"
    case .rapportgesprek: "rapportgesprek"
    case .overgang: "overgang (zittenblijven, niveau)"
    case .gedrag: "gedrag"
    case .verzuim: "verzuim"
    case .slechtNieuws: "slecht nieuws"
    case .pesten: "pesten"
    case .socialeMedia: "incident op sociale media"
    case .klacht: "klacht"
    case .welbevinden: "zorgen om welbevinden"
    case .anders: "ander gesprek"
    }
  }
}

/// The teacher's role in the conversation.
public enum TeacherRole: String, CaseIterable, Sendable {
  case vakdocent
  case mentor
}

/// Who asked for the conversation.
public enum Initiator: String, CaseIterable, Sendable {
  case school
  case ouder
  case leerling

  /// The Dutch sentence for the briefing.
  public var sentence: String {
    switch self {
    case .school: "School heeft om dit gesprek gevraagd."
    case .ouder: "De ouder heeft om dit gesprek gevraagd."
    case .leerling: "De leerling heeft om dit gesprek gevraagd."
    }
  }
}

/// How much a scenario forgives.
public enum Difficulty: String, CaseIterable, Sendable, Comparable {
  case makkelijk
  case gemiddeld
  case moeilijk

  public static func < (lhs: Difficulty, rhs: Difficulty) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
