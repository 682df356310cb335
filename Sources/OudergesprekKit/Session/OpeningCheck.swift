/// How the teacher opened a conversation with bad news that the school asked for: the purpose named, the news
/// itself in the first reply, and room left for the parent's reaction.
public struct OpeningCheck: Sendable, Equatable {
  /// The teacher says why they are talking ("ik heb u uitgenodigd om…", "het gesprek gaat over…").
  public var purpose: Bool
  /// The news itself is in the opening (zittenblijven, schorsing, a lower level), not put off.
  public var news: Bool
  /// The teacher leaves room for the reaction: an open question, an invitation to respond, a pause.
  public var room: Bool

  /// Whether every part of a good opening is there.
  public var isComplete: Bool { purpose && news && room }

  /// The check of an opening reply.
  public init(_ analysis: ReplyAnalysis) {
    let text = " " + analysis.text.lowercased() + " "
    purpose = Self.purposeWords.contains { text.contains($0) }
    news = Self.newsWords.contains { text.contains($0) }
    room =
      analysis.markers.contains(.openVraag) || analysis.markers.contains(.aanmoediging)
      || Self.roomWords.contains { text.contains($0) }
  }

  /// What the opening had, and the one thing to do next, in Dutch.
  public var comment: String {
    func mark(_ met: Bool, _ label: String) -> String { (met ? "[x] " : "[ ] ") + label }
    let items = [
      mark(purpose, "doel genoemd"), mark(news, "het nieuws gebracht"), mark(room, "ruimte voor de reactie"),
    ]
    let step: String
    if !purpose {
      step = "Begin met het doel: 'Ik heb u uitgenodigd omdat ik u iets moet vertellen over …'"
    } else if !news {
      step = "Breng het nieuws in de eerste minuten, helder en zonder omhaal; uitstellen maakt het zwaarder."
    } else if !room {
      step = "Stop na het nieuws met praten, of vraag: 'Wat doet dit met u?' De ouder heeft tijd nodig om te reageren."
    } else {
      step = "Goed geopend. Luister nu naar wat het nieuws met de ouder doet, voordat je uitlegt of oplossingen geeft."
    }
    return items.joined(separator: ", ") + ". " + step
  }

  /// The check of an opening sentence written in the preparation.
  public init(opening text: String, analyzer: any ReplyAnalyzer) {
    self.init(analyzer.analyzeBounded(text))
  }

  /// Words that name the purpose of the conversation.
  static let purposeWords = [
    "uitgenodigd", "gesprek", "reden", "wil u vertellen", "wil ik u vertellen", "moet u vertellen", "bespreken",
    "wil het met u hebben", "wil met u praten", "ik wil u iets", "waarom ik",
  ]

  /// Words that carry bad news about the school career: staying down, suspension, a lower level.
  static let newsWords = [
    "blijven zitten", "blijft zitten", "zittenblijven", "doubleren", "doubleert", "niet over", "niet bevorderd",
    "overgaan", "over naar", "geschorst", "schorsing", "niveau", "havo", "vmbo", "mavo", "vwo",
    "advies", "overstap", "overstappen", "lager", "slecht nieuws", "vervelend nieuws", "moeilijk nieuws",
    "besloten", "besluit", "vergadering",
  ]

  /// Words that leave room for the reaction.
  static let roomWords = [
    "?", "neem de tijd", "neemt u de tijd", "rustig de tijd", "hoe is dat", "wat doet dat", "wat doet dit",
    "ik hoor graag", "wil graag horen", "zegt u het maar", "even stil",
  ]
}

extension Scenario {
  /// Whether the teacher opens this conversation: the school asked for it to bring bad news (staying down,
  /// suspension, a level advice), so the parent waits to hear why she came instead of reacting to news not yet
  /// given.
  public var teacherOpens: Bool {
    initiator == .school && (kind == .slechtNieuws || kind == .overgang)
  }
}
