/**
 * Admin and database ports that NET2 never lets the internet reach, even when a user lists them in
 * `allowedIngressPorts`: remote shells and desktops, management APIs, and data stores whose default
 * installs have weak or no authentication (the requirement names 22, 3389, 3306, 5432, 1433, 1521,
 * 6379, 9200, 27017 "..."; the rest are the same classes of service).
 */
export const SENSITIVE_PORTS: Readonly<Record<number, string>> = Object.freeze({
  20: 'FTP data',
  21: 'FTP',
  22: 'SSH',
  23: 'Telnet',
  135: 'Microsoft RPC',
  137: 'NetBIOS',
  138: 'NetBIOS',
  139: 'NetBIOS/SMB',
  161: 'SNMP',
  389: 'LDAP',
  445: 'SMB',
  636: 'LDAPS',
  873: 'rsync',
  1433: 'SQL Server',
  1434: 'SQL Server browser',
  1521: 'Oracle',
  2049: 'NFS',
  2375: 'Docker API',
  2376: 'Docker API (TLS)',
  2379: 'etcd',
  2380: 'etcd peer',
  3306: 'MySQL/Aurora',
  3389: 'RDP',
  5432: 'PostgreSQL',
  5601: 'Kibana',
  5672: 'AMQP',
  5900: 'VNC',
  5984: 'CouchDB',
  5985: 'WinRM',
  5986: 'WinRM (TLS)',
  6379: 'Redis',
  7000: 'Cassandra inter-node',
  7001: 'Cassandra inter-node (TLS)',
  8086: 'InfluxDB',
  9042: 'Cassandra',
  9092: 'Kafka',
  9200: 'Elasticsearch/OpenSearch',
  9300: 'Elasticsearch/OpenSearch transport',
  10250: 'Kubernetes kubelet',
  11211: 'Memcached',
  15672: 'RabbitMQ management',
  2181: 'ZooKeeper',
  27017: 'MongoDB',
  27018: 'MongoDB shard',
  28017: 'MongoDB HTTP',
});

/** The sensitive ports inside [from, to], ascending. */
export function sensitivePortsIn(from: number, to: number): number[] {
  return Object.keys(SENSITIVE_PORTS)
    .map(Number)
    .filter((p) => p >= from && p <= to)
    .sort((a, b) => a - b);
}
