# Read by CTest (tests/CMakeLists.txt adds it to TEST_INCLUDE_FILES after the
# discovered GoogleTest tests): gives the long tests a COST, so that `ctest
# -j` starts them first and no long test is left running alone at the end.
# Once a build folder has run its tests CTest prefers the times it measured
# itself (Testing/Temporary/CTestCostData.txt); these are for a fresh one.
#
# Seconds each test took on a 2-core machine (make check of 2026-12-05): in
# the plain build, and under ASan+UBSan (-O1). Tests under about a second
# plain or five seconds sanitized are left out. sore_sanitized is set by the
# file that includes this one.

set(sore_test_costs
  # test                                                                  plain sanitized
  cli.Concurrency.FourWritersOf250EntriesEach                             14.4  134.5
  cli.CrashImport.KilledWhileCommittingOrCheckpointing                     6.1  110.9
  cli.CrashImport.KilledAtDelaysSpreadOverTheRun                           4.7   81.0
  cli.Concurrency.TwoFirstWritersOnFreshJournals                           5.2   42.6
  cli.CrashImportIntoNoJournal.KilledWhileCommittingOrCheckpointing        4.4   41.2
  cli.CrashImportIntoNoJournal.KilledAtDelaysSpreadOverTheRun              4.0   40.5
  cli.CrashMigration.KilledWhileUpgradingLeavesOneLevelOrTheOther          6.7   38.7
  cli.Newcomer.TheReadmeReportsAreWhatTheDemoPrints                        2.3   14.0
  cli.Report.TheDaysAfterASessionAsSoreRecoveryHasThem                     1.0   10.5
  cli.Concurrency.AWeekReportSeesTheJournalBeforeOrAfterAnImportNeverPart  3.2   35.8
  cli.CrashImport.KilledAtTheStartOrWhileReadingTheFile                    2.6   30.4
  cli.Crash.EditKilledAtAnyMomentLeavesTheEntryAllOldOrAllNew              2.7   28.8
  cli.Crash.LogKilledAtAnyMomentAddsAWholeEntryOrNone                      2.7   26.1
  cli.CrashHistory.UndoAndRedoKilledAtAnyMomentLeaveBeforeOrAfterWithTheirChange 4.2 4.2
  cli.CrashHistory.LogKilledAtAnyMomentRecordsItsChangeIffItsEntryIsThere  1.8   1.8
  cli.FullDisk.ImportPastTheFileSizeLimitExits1AndChangesNothing           1.7   23.7
  cli.TwelveWeeks.WeekShowsTwelveWeeksOrTheDefaultEight                    1.6   23.6
  cli.TwelveWeeks.CausesRankSittingAndPressureAboveEmotionalRelease        1.5   23.2
  cli.TruthCauses.NoLinkWithBreaksMakesNoCauseClearIn90Percent             2.9   19.3
  cli.TruthCauses.NoLinkAtAllMakesNoCauseClearIn90Percent                  2.9   17.1
  cli.CrashImportIntoNoJournal.KilledAtTheStartOrWhileReadingTheFile       1.2   15.0
  cli.FullDisk.ImportOntoAFullFileSystemExits1AndChangesNothing            1.1   13.6
  cli.ExchangeRoundTrip.CsvAndJsonAreLosslessThroughAFreshJournal          0.8   12.7
  cli.ExchangeRoundTrip.ImportingTheSameFileTwiceAddsNothing               0.6    9.9
  cli.ExchangeExport.DashOWritesAPrivateFileAndSaysSo                      0.5    9.1
  cli.TruthCauses.NextDayPressureEffectIsClearAndPositive                  1.4    8.9
  cli.TruthCauses.PressureAndKnotsTogetherAreTiedNotCredited               1.3    8.8
  cli.Golden.Week                                                          0.5    8.3
  cli.Golden.WeekAscii                                                     0.5    8.2
  cli.Golden.Causes                                                        0.8    8.1
  cli.Golden.WeekCsv                                                       0.6    7.9
  cli.ExchangeConflicts.AnEditedEntryStopsTheImportUnlessReplace           0.5    7.7
  cli.ExchangeCsv.PythonCsvModuleReadsTheSameValues                        0.5    6.9
  cli.ExchangeRoundTrip.EveryTrickyNoteAndTagSurvives                      0.4    6.9
  cli.ExchangeImport.SoreListJsonIsAcceptedToo                             0.4    6.8
  cli.ExchangeExport.JsonHasEveryFieldOfListJson                           0.4    6.7
  cli.ExchangeFhir.BundleOfObservations                                    0.4    6.6
  cli.ExchangeFhir.FromAndToChooseTheEntries                               0.4    6.4
  cli.ExchangeRoundTrip.AJournalThatHeldEntriesGivesNewIdsAndKeepsUuids    0.4    6.4
  cli.Report.APageThatParsesAsXmlWithEverySection                          1.7    6.2
  cli.Reports.FlatAndZeroJournalsPrintNoNanOrInf                           0.6    6.2
  cli.RecoveryTruth.FindsTheKnownCurveInNineOfTenJournals                  0.6    4.5
  cli.RecoveryTruth.StaysQuietWhenPressureMakesNoDifference                0.5    4.4
  cli.Store.LockedPastTheBusyTimeoutIsAnEnvironmentError                   5.1    5.8
  cli.Report.InjuriesAreListedWithTheCaution                               0.8    5.2
)

set(sore_tests ${sore_cli_tests_TESTS} ${sore_stress_tests_TESTS})
set(sore_column 1)
if(sore_sanitized)
  set(sore_column 2)
endif()
list(LENGTH sore_test_costs sore_length)
math(EXPR sore_last "${sore_length} - 1")
foreach(sore_at RANGE 0 ${sore_last} 3)
  list(GET sore_test_costs ${sore_at} sore_name)
  math(EXPR sore_at "${sore_at} + ${sore_column}")
  list(GET sore_test_costs ${sore_at} sore_cost)
  list(FIND sore_tests ${sore_name} sore_found)
  if(sore_found GREATER -1)
    set_tests_properties(${sore_name} PROPERTIES COST ${sore_cost})
  endif()
endforeach()
