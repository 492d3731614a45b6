import { TABLE } from '@pamong/db';
import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { logBucket, PRIVATE_BUCKET } from './constructs/buckets';

const stringAttr = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING });

export interface DataStackProps extends StackProps {
  /** The web app's origin: the browser PUTs import files straight to the documents bucket. */
  webOrigin: string;
}

/** The one table (built from the same `TABLE` definition as the local stack) and the documents bucket. */
export class DataStack extends Stack {
  readonly table: dynamodb.Table;
  readonly dataKey: kms.Key;
  readonly documentsBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);

    this.dataKey = new kms.Key(this, 'DataKey', {
      description: `Pamong ${this.stackName}: the table and the documents bucket`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: stringAttr(TABLE.partitionKey),
      sortKey: stringAttr(TABLE.sortKey),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.dataKey,
      timeToLiveAttribute: TABLE.ttlAttribute,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of TABLE.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: stringAttr(index.partitionKey),
        sortKey: stringAttr(index.sortKey),
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }

    // Personnel documents (import files now; scans of KTP, SK, ijazah later): private, versioned,
    // under the data key. CORS lets the web app PUT to a presigned URL, and nothing else.
    this.documentsBucket = new s3.Bucket(this, 'Documents', {
      ...PRIVATE_BUCKET,
      versioned: true,
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: this.dataKey,
      bucketKeyEnabled: true,
      serverAccessLogsBucket: logBucket(this, 'AccessLogs'),
      serverAccessLogsPrefix: 'documents/',
      lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(7) }],
      cors: [
        {
          allowedOrigins: [props.webOrigin],
          allowedMethods: [s3.HttpMethods.PUT],
          allowedHeaders: ['content-type'],
          maxAge: 3600,
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
