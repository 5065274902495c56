import { Foundation1767225600000 } from './1767225600000-Foundation';
import { Courses1767312000000 } from './1767312000000-Courses';
import { CourseVersionTrigger1767398400000 } from './1767398400000-CourseVersionTrigger';
import { StoredFiles1767484800000 } from './1767484800000-StoredFiles';
import { CourseChangeNotify1767571200000 } from './1767571200000-CourseChangeNotify';
import { Quizzes1767657600000 } from './1767657600000-Quizzes';
import { Certificates1767744000000 } from './1767744000000-Certificates';
import { CertificateExports1767830400000 } from './1767830400000-CertificateExports';
import { CertificateChangeNotify1767916800000 } from './1767916800000-CertificateChangeNotify';
import { AccountSecurity1768003260000 } from './1768003260000-AccountSecurity';
import { Mobilities1768093320000 } from './1768093320000-Mobilities';
import { MobilityRecords1768180000000 } from './1768180000000-MobilityRecords';
import { MobilityReportIndexes1768180400000 } from './1768180400000-MobilityReportIndexes';
import { MobilityReportTotals1768180500000 } from './1768180500000-MobilityReportTotals';
import { Toolkit1768266000000 } from './1768266000000-Toolkit';
import { AssessmentPeerIndexes1768266300000 } from './1768266300000-AssessmentPeerIndexes';
import { AssessmentPeerMedians1768266300100 } from './1768266300100-AssessmentPeerMedians';
import { ResourceSearchIndexes1768266500000 } from './1768266500000-ResourceSearchIndexes';
import { ResourceChangeNotify1768266600000 } from './1768266600000-ResourceChangeNotify';
import { ActorChangeNotify1768267000000 } from './1768267000000-ActorChangeNotify';
import { CatalogueChangeNotify1768267200000 } from './1768267200000-CatalogueChangeNotify';
import { AttemptItemsFillfactor1768267300000 } from './1768267300000-AttemptItemsFillfactor';
import { AssessmentChangeNotify1768267400000 } from './1768267400000-AssessmentChangeNotify';
import { AssessmentRoundTallies1768267500000 } from './1768267500000-AssessmentRoundTallies';

/** Every migration, in order. Listed explicitly so bundles and tests find them without globbing. */
export const MIGRATIONS = [
  Foundation1767225600000,
  Courses1767312000000,
  CourseVersionTrigger1767398400000,
  StoredFiles1767484800000,
  CourseChangeNotify1767571200000,
  Quizzes1767657600000,
  Certificates1767744000000,
  CertificateExports1767830400000,
  CertificateChangeNotify1767916800000,
  AccountSecurity1768003260000,
  Mobilities1768093320000,
  MobilityRecords1768180000000,
  MobilityReportIndexes1768180400000,
  MobilityReportTotals1768180500000,
  Toolkit1768266000000,
  AssessmentPeerIndexes1768266300000,
  AssessmentPeerMedians1768266300100,
  ResourceSearchIndexes1768266500000,
  ResourceChangeNotify1768266600000,
  ActorChangeNotify1768267000000,
  CatalogueChangeNotify1768267200000,
  AttemptItemsFillfactor1768267300000,
  AssessmentChangeNotify1768267400000,
  AssessmentRoundTallies1768267500000,
];
