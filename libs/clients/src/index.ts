export * from './clients.module';
export * from './clients/client.entity';
export * from './clients/client.service';
export * from './clients/client.repository';
export * from './clients/client-access.policy';
export * from './clients/clients.errors';
