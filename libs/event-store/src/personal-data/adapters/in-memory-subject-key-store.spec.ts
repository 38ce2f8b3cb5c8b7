import { runSubjectKeyStoreContract } from '../testing/subject-key-store.contract';
import { InMemorySubjectKeyStore } from './in-memory-subject-key-store';

runSubjectKeyStoreContract(InMemorySubjectKeyStore.name, { create: async () => new InMemorySubjectKeyStore() });
