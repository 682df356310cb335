import Foundation

extension ScenarioLoader {
  /// Why a scenario file could not be read, in Dutch.
  struct ReadProblem: Error {
    var message: String
  }

  /// The bytes of a regular file of at most `maximumFileSize` bytes.
  static func readFile(_ path: String) -> Result<[UInt8], ReadProblem> {
    BoundedFile.read(path, limit: maximumFileSize).mapError { problem in
      switch problem {
      case .isDirectory: ReadProblem(message: "dit is een map, geen scenariobestand")
      case .notRegularFile:
        ReadProblem(
          message: "dit is geen gewoon bestand (maar een apparaat, pijp of socket); een scenario is een .json-bestand")
      case .tooLarge(let size): tooLarge(size)
      case .linkLoop:
        ReadProblem(message: "symbolische link die in een kring naar zichzelf terugwijst; verwijder of herstel de link")
      case .danglingLink:
        ReadProblem(message: "symbolische link naar een bestand dat niet bestaat; verwijder of herstel de link")
      case .notFound: ReadProblem(message: "bestand niet gevonden")
      case .noPermission: ReadProblem(message: "bestand kan niet gelezen worden (geen leesrechten)")
      case .pathThroughFile: ReadProblem(message: "bestand niet gevonden (een deel van het pad is geen map)")
      case .system(let code): ReadProblem(message: "bestand kan niet gelezen worden (\(FileProblem.describe(code)))")
      }
    }
  }

  static func tooLarge(_ size: Int) -> ReadProblem {
    ReadProblem(message: "het bestand is te groot (\(size / 1024) KB, maximaal \(maximumFileSize / 1024) KB)")
  }
}
